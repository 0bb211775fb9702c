import { findAmounts } from '../extract/figure-numbers.ts';

/** A year written as such (1900–2099), not part of a longer number ("2019", not "12019" or "2,019"); match with the
 * `g` flag as `new RegExp(YEAR_WRITTEN.source, 'g')`. */
export const YEAR_WRITTEN = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,]?\d)/;

/**
 * The years the clause of a count dates it to: "… 582 people in 2022, …", "… 314 executions recorded for the whole of
 * 2021", "… 314 executions in the calendar year 2021", "In 2021, 314 …". Years told as a comparison ("the highest since 2015") date nothing.
 */
export function ownClauseYears(text: string, start: number, end: number): number[] {
  const after = /^[^,;.:()]{0,60}/.exec(text.slice(end, end + 60))?.[0] ?? '';
  // (Only the 41 characters before can hold a clause's start within 40 of the count: a regex anchored at the end of
  // the whole prefix is tried at every one of its characters.)
  const before = /(?:^|[,;.:()])([^,;.:()]{0,40})$/.exec(text.slice(Math.max(0, start - 41), start))?.[1] ?? '';
  return [
    // (And French and German: "… 333 personnes … en 2021", "pendant l'année 2021", "im Jahr 2021".)
    ...[...after.matchAll(/(?<!\p{L})(?:in|for|during|of|throughout|en|pour|durant|pendant|au\s+cours\s+de|im)\s+(?:(?:l['’]\s*)?année\s+|Jahr(?:e|es)?\s+)?(?:the\s+(?:whole|entire|full)\s+(?:year\s+)?of\s+|the\s+(?:(?:calendar|solar|fiscal)\s+)?year\s+(?:of\s+)?|all\s+of\s+)?((?:19|20)\d{2})\b/gu)].map((m) => Number(m[1])),
    // ("pendant les six premiers mois de 2030": French "de" before a year, not before a count's noun, "de 2000 personnes".)
    ...[...after.matchAll(/(?<!\p{L})(?:de\s+|d['’]\s*)((?:19|20)\d{2})(?![\d.,]?\d)(?!\s+\p{Ll})/gu)].map((m) => Number(m[1])),
    ...[...before.matchAll(/(?<!\p{L})(?:in|during|throughout|en|durant|pendant|im)\s+((?:19|20)\d{2})\b/gu)].map((m) => Number(m[1])),
  ];
}

/** Whether the clause of a count dates it to a year, none the one asked (see `ownClauseYears`). */
export function otherYearOwn(text: string, start: number, end: number, asked: number): boolean {
  const years = ownClauseYears(text, start, end);
  return years.length > 0 && !years.includes(asked);
}

/**
 * The years a report's counts are dated to by their own clauses ("surged to 901 in 2024", "up from 853 executions in
 * 2023"), over all its sentences.
 */
export function countYearsOf(sentences: readonly { text: string }[]): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    if (!/\b(?:19|20)\d{2}\b/.test(s.text)) continue;
    for (const am of findAmounts(s.text)) {
      // A year is itself an amount: it dates others, it is not a count.
      if (am.value !== undefined && am.value >= 1900 && am.value <= 2099 && /^\d{4}$/.test(s.text.slice(am.numberStart, am.numberEnd))) continue;
      for (const y of ownClauseYears(s.text, am.start, am.end)) out.add(y);
    }
  }
  return out;
}

/**
 * The years a report's title dates its counts to ("Final tally of hangings in 2030", "… for the year 2030"); a year told
 * as a comparison ("the highest since 2009") dates nothing.
 */
export function titleCountYears(title: string): number[] {
  // (And in French: "… a pendu plus de 500 personnes en 2031", "au cours de l'année 2030".)
  return [...title.matchAll(/\b(?:in|for|during|throughout|of|en|durant|pendant|au\s+cours\s+de)\s+(?:the\s+(?:(?:calendar|solar|fiscal)\s+)?year\s+(?:of\s+)?|l['’]ann[ée]e\s+)?((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
}
