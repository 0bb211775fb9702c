import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { YEAR_WRITTEN } from './count-year.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month as a report dates something by it: capitalised, with a day or a year after it, or after "in", "early", "since" … ("Nov. 29", "in October"). */
const MONTH_DATING = /\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,4}\b|(?:in|early|late|mid|since|until|by|of|last|this|next|from|through)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b)/g;

/** The months a text dates things by (1–12). */
function monthsDating(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(MONTH_DATING)) {
    const w = (m[1] ?? m[2] ?? '').slice(0, 3);
    const i = MONTHS.findIndex((name) => name.startsWith(w));
    if (i >= 0) out.add(i + 1);
  }
  return out;
}

/**
 * "Who spoke at the Senate conference in March 2031?" answered from a report that states no year and dates what it
 * tells only by other months ("on Nov. 12", "in October"): with no year to go by, its months are all that place it. A
 * report is written in the last month it tells of or soon after ("since December" in a January report), so a month
 * asked that is neither one it writes nor the one just after one it writes is another time's. A stored page whose own
 * date field ("date 2031-02-10") falls before the month asked was written before it and tells of none of it. Declined.
 */
export function monthUnwritten(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const r = intent.analysis.range;
  if (!r) return given;
  const [fy, fm] = r.from.split('-').map(Number);
  const [ty, tm] = r.to.split('-').map(Number);
  if (!fy || fy !== ty || !fm || fm !== tm) return given;
  const ids = [...new Set(given.citations.map((c) => c.articleId))];
  let before = false;
  const placed = ids.every((id) => {
    const a = index.article(id);
    if (!a || a.date.year) return false;
    // (A stored page's own date field before the month asked: what it tells happened before it was written.)
    // (A field giving a month alone, "2031-08", may be any day of it: its last is compared.)
    if (a.storedOn && (a.storedOn.length === 7 ? `${a.storedOn}-31` : a.storedOn) < r.from) return (before = true);
    const text = [a.title, a.dateline ?? '', a.text].join('\n');
    if (YEAR_WRITTEN.test(text)) return false;
    // (The month its date gives, with no year, is one of them.)
    const months = monthsDating(text);
    if (a.date.month) months.add(a.date.month);
    return months.size > 0 && ![...months].some((m) => m === fm || m % 12 === fm - 1);
  });
  if (!placed) return given;
  const why = before
    ? `The reports that tell it were written before ${MONTHS[fm - 1]} ${fy} or date what they tell by other months.`
    : `The report that tells it states no year and dates what it tells by other months than ${MONTHS[fm - 1]}.`;
  return notAnswered(intent, `The archive has nothing that answers this. ${why}`, suggestionsFor(intent, index));
}
