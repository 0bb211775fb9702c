import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { FOREIGN_MONTHS, MONTH_NAMES, foldDateWord } from '../dates/calendar.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

const MONTHS = MONTH_NAMES;
/** A month with its year, as a report dates what it tells ("Dec. 19, 2023", "March 2031", "4 May 2030"). */
const MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b|\b\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b/g;

/** A French or German month with its year ("10 avril 2010", "14. Februar 2020", "juin 2013"). */
const FOREIGN_MONTH_YEAR = /(?<![\p{L}])(\p{L}+)\s+((?:19|20)\d{2})(?!\d)/gu;

/** The months and years a report writes in French or German. */
function foreignMonthYears(text: string): Array<{ m: number; y: number }> {
  return [...text.matchAll(FOREIGN_MONTH_YEAR)].flatMap((m) => {
    const month = FOREIGN_MONTHS.get(foldDateWord(m[1] as string));
    return month ? [{ m: month, y: Number(m[2]) }] : [];
  });
}

/** Whether a report writes the month asked in French or German ("septembre", "März"). */
function writesForeignMonth(text: string, month: number): boolean {
  return [...text.matchAll(/\p{L}+/gu)].some((w) => w[0].length >= 3 && FOREIGN_MONTHS.get(foldDateWord(w[0])) === month);
}

function monthIndex(word: string): number {
  return MONTHS.findIndex((name) => name.startsWith(word.slice(0, 3))) + 1;
}

/**
 * "How many gathered outside the court when the verdict was read in July 2031?" answered from a report of a later
 * hearing that dates itself "Dec. 4, 2032" and never writes July: its crowd is another day's, whatever else of 2031 it
 * recalls ("In 2031, the district court …"). A report that dates what it tells by month and year, never by the month
 * asked nor one next to it (a report is written in the month it tells of or soon after), and is not itself
 * dated then, does not tell of that month. Declined.
 */
export function monthOfAnotherDatedReport(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length || intent.kind === 'when') return given;
  const r = intent.analysis.range;
  if (!r) return given;
  const [fy, fm, fd] = r.from.split('-').map(Number);
  const [ty, tm] = r.to.split('-').map(Number);
  if (!fy || fy !== ty || !fm || fm !== tm || fd !== 1) return given;
  // (A month either side of the one asked is near it: a report written soon after tells of the month before.)
  const near = (y: number, m: number) => Math.abs(y * 12 + m - (fy * 12 + fm)) <= 1;
  // (September is also written "Sept.".)
  const rest = fm === 9 ? 't|tember' : MONTHS[fm - 1]!.slice(3);
  // (An abbreviation is capitalised: French "sept ans" is seven years, not September.)
  const abbreviated = new RegExp(`\\b${MONTHS[fm - 1]!.slice(0, 3)}(?:${rest})?\\b\\.?`);
  const full = new RegExp(`\\b${MONTHS[fm - 1]}\\b`, fm === 5 ? '' : 'i');
  const asked = { test: (t: string) => abbreviated.test(t) || full.test(t) };
  const ids = [...new Set(given.citations.map((c) => c.articleId))];
  const elsewhere = ids.every((id) => {
    const a = index.article(id);
    if (!a) return false;
    if (a.date.year && a.date.month && near(a.date.year, a.date.month)) return false;
    const text = [a.title, a.dateline ?? '', a.text].join('\n');
    if (asked.test(text) || writesForeignMonth(text, fm)) return false;
    // (French and German reports date by their own month names: "Le samedi 10 avril 2010".)
    const dated = [...[...text.matchAll(MONTH_YEAR)].map((m) => ({ m: monthIndex((m[1] ?? m[3]) as string), y: Number(m[2] ?? m[4]) })), ...foreignMonthYears(text)];
    // (A report's own date, read from a byline or dateline its text no longer holds, dates it too: "02 July, 2023"
    // over a report that tells only of "Saturday".)
    if (a.date.yearStated && a.date.year && a.date.month) dated.push({ m: a.date.month, y: a.date.year });
    return dated.length > 0 && !dated.some((d) => near(d.y, d.m));
  });
  if (!elsewhere) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The report that tells of it dates what it tells by other months than ${MONTHS[fm - 1]} ${fy}.`, suggestionsFor(intent, index));
}
