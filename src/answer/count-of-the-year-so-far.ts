import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { MONTH_NAMES } from '../dates/calendar.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A count of a year up to the day of writing: "so far in 2031", "so far this year", "since the start of 2031". */
const YEAR_SO_FAR =
  /\b(?:so\s+far\s+(?:in|this|during)\s+(?:the\s+)?(?:year|(?:19|20)\d{2})|(?:in|during)\s+(?:19|20)\d{2}\s+so\s+far|(?:since|from)\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the\s+year|(?:19|20)\d{2}|this\s+year)|year[- ]to[- ]date|this\s+year\s+(?:so\s+far|alone))\b/i;

/**
 * "How many executions did the monitor record in October 2031?" is not answered by "more than 900 so far in 2031",
 * even when the sentence is dated in October ("on October 9 the monitor said …"): a count of the year so far is no
 * count of one of its months. Declined when a single month is asked.
 */
export function countOfTheYearSoFar(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const r = intent.analysis.range;
  if (!r) return given;
  const [fy, fm, fd] = r.from.split('-').map(Number);
  const [ty, tm, td] = r.to.split('-').map(Number);
  if (!fy || fy !== ty || !fm || fm !== tm || fd !== 1 || td !== new Date(Date.UTC(fy, fm, 0)).getUTCDate()) return given;
  // ("In October alone, the monitor recorded 120, bringing the total so far this year to 900": the month asked is
  // written beside its own count.)
  const month = MONTH_NAMES[fm - 1] as string;
  // (As the period counted — "in October", "during October", "October alone" — not a day's date, "on October 16".)
  const name = `${month.slice(0, 3)}(?:${month.slice(3)}|\\.)?`;
  const monthWritten = new RegExp(`\\b(?:in|during|for|throughout|of)\\s+(?:the\\s+month\\s+of\\s+)?${name}(?![\\p{L}])|\\b${name}\\s+alone\\b`, fm === 5 ? 'u' : 'iu');
  if (given.citations.some((c) => monthWritten.test(c.excerpt ?? ''))) return given;
  const lead = given.text.split('“')[0] ?? '';
  const said = [lead, ...given.citations.map((c) => c.excerpt ?? '')];
  // (Only when every sentence the answer rests on counts the year so far.)
  if (!given.citations.every((c) => YEAR_SO_FAR.test(c.excerpt ?? '')) && !YEAR_SO_FAR.test(said[0] ?? '')) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The figure closest to it counts the whole year so far, not the month asked.', suggestionsFor(intent, index));
}
