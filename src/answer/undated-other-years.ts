import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { YEAR_WRITTEN } from './count-year.ts';

const YEAR = new RegExp(YEAR_WRITTEN.source, 'g');

/** The month a question's period lies in, when it is one month of one year ("in May 2031"). */
function monthAsked(intent: Intent): number | undefined {
  const r = intent.analysis.range;
  if (!r || r.from.slice(0, 7) !== r.to.slice(0, 7)) return undefined;
  const m = Number(r.from.slice(5, 7));
  return m >= 1 && m <= 12 ? m : undefined;
}

/**
 * "Who spoke at the Tarn rally in May 2031?": a report with no date of its own that writes other years ("ties were
 * cut in 2019") and never the one asked does not tell of that year when another report, dated in it, tells of a
 * gathering in the place asked: the undated report's rally is some other one. (Alone, an undated report still
 * answers, with a note that it states no year.) Declined.
 */
export function undatedOtherYearsUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  const asked = intent.analysis.years;
  if (!given.answered || !asked.length || !given.citations.length) return given;
  const places = intent.analysis.terms.filter((t) => t.locative && t.sort === 'name').map((t) => t.fold);
  if (!places.length) return given;
  const cited = new Set(given.citations.map((c) => c.articleId));
  const untold = [...cited].every((id) => {
    const a = index.article(id);
    if (!a || a.date.year) return false;
    const written = [a.title, a.publisher ?? '', a.dateline ?? '', a.url ?? '', a.storedOn ?? '', a.text].join(' ');
    const years = new Set([...written.matchAll(YEAR)].map((y) => Number(y[0])));
    return years.size > 0 && !asked.some((y) => years.has(y));
  });
  if (!untold) return given;
  const month = monthAsked(intent);
  const rival = index.data.articles.some(
    (a) =>
      !cited.has(a.id) &&
      !!a.date.year &&
      asked.includes(a.date.year) &&
      (month === undefined || a.date.month === month) &&
      places.every((p) => ` ${fold(`${a.title} ${a.text}`)} `.includes(` ${p} `)),
  );
  if (!rival) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest report states no date and tells of no ${asked.join(' or ')}.`, suggestionsFor(intent, index));
}
