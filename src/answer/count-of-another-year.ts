import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { ownClauseYears } from './count-year.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/**
 * "… 88 were hanged in May and June 2030 …": the months and year a count's clause dates it to, right after it
 * (`ownClauseYears` reads the bare year; this reads the year a month or two of it name).
 */
function monthClauseYears(text: string, end: number): number[] {
  const after = /^[^,;.:()]{0,60}/.exec(text.slice(end, end + 60))?.[0] ?? '';
  const re = new RegExp(`\\b(?:in|during|between|from)\\s+${MONTH}(?:\\s+(?:and|to|through|-|–)\\s+${MONTH})?\\s+((?:19|20)\\d{2})\\b`, 'gi');
  return [...after.matchAll(re)].map((m) => Number(m[1]));
}

/**
 * "… put the hangings in 2030 at 314": the year the clause before a count dates it to, when nothing (no comma, no
 * "since", no comparison) parts the two; `ownClauseYears` reads only a clause opening within 40 characters.
 */
function beforeClauseYears(text: string, start: number): number[] {
  const before = /(?:^|[,;.:()])([^,;.:()]*)$/.exec(text.slice(Math.max(0, start - 80), start))?.[1] ?? '';
  if (/\b(?:since|before|after|until|compared|than|from)\b/i.test(before)) return [];
  return [...before.matchAll(/\b(?:in|during|for)\s+((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
}

/** An answer's lead: its words before the source in brackets, a colon or the quoted sentence. */
export function leadOf(text: string): string {
  return text.split(/ \(|[:“]/)[0] ?? '';
}

/** The count an answer leads with, as written ("314", "At least 127 people", "1,020"). */
export function leadCount(text: string): string | undefined {
  const lead = leadOf(text);
  return /(?<![\d.,])\d[\d,.]*\d|(?<![\d.,])\d(?![\d])/.exec(lead)?.[0];
}

/** A count written in words at the head of an answer ("Six people, according to …", "About twelve …"). */
const COUNT_WORD_LEAD =
  /^\W*(?:(?:about|around|some|nearly|almost|over|at\s+least|more\s+than|up\s+to)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;

/** The count an answer leads with, in figures or in words ("314", "Six people"). */
export function leadCountOrWord(text: string): string | undefined {
  return leadCount(text) ?? COUNT_WORD_LEAD.exec(leadOf(text))?.[1];
}

/** Where a sentence writes the count ("314" as a whole number, "six" as a whole word in any case), or undefined. */
export function countWrittenAt(excerpt: string, count: string): RegExpExecArray | null {
  if (/^\p{L}+$/u.test(count)) return new RegExp(`\\b${count}\\b`, 'i').exec(excerpt);
  return new RegExp(`(?<![\\d.,])${count.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`).exec(excerpt);
}

/**
 * "How many were hanged in 2029 according to the league?" answered "314" from "the league put the hangings in 2030
 * at 314": the count's own clause dates it to another year than the one asked, and its sentence never writes the year
 * asked: it is that other year's count, not the one asked. Declined, saying which year the count is of.
 */
export function countOfAnotherYear(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const asked = intent.analysis.years;
  if (asked.length !== 1) return given;
  const year = asked[0] as number;
  const excerpt = given.citations[0]?.excerpt ?? '';
  if (!excerpt || excerpt.includes(String(year))) return given;
  const count = leadCountOrWord(given.text);
  if (!count || count.length === 4 && /^(?:19|20)\d\d$/.test(count)) return given;
  const at = countWrittenAt(excerpt, count);
  if (!at) return given;
  const start = at.index;
  const end = start + count.length;
  const years = [...ownClauseYears(excerpt, start, end), ...monthClauseYears(excerpt, end), ...beforeClauseYears(excerpt, start)];
  if (!years.length || years.includes(year)) return given;
  return notAnswered(
    intent,
    `The archive has nothing that answers this. The closest count it holds is of ${years[0]}, not of ${year}.`,
    suggestionsFor(intent, index),
  );
}
