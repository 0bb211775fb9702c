import type { DateSource, FuzzyDate } from '../domain/types.ts';
import {
  FOREIGN_MONTHS,
  FOREIGN_WEEKDAYS,
  foldDateWord,
  CANDIDATE_YEAR_FROM,
  CANDIDATE_YEAR_TO,
  WEEKDAY_NAMES,
  addDays,
  isValidDay,
  isoDay,
  monthNumber,
  pad2,
  weekdayNumber,
  weekdayOf,
  yearsWithWeekday,
} from './calendar.ts';

/** A date found in a text, with offsets into that text (`end` exclusive). */
export interface FoundDate {
  date: FuzzyDate;
  start: number;
  end: number;
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?`;
const FULL_WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const YEAR = String.raw`(?:19\d\d|20\d\d)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const RANGE_JOIN = String.raw`\s*(?:-|–|—|to|until|till|through)\s*`;

/** Words that end in "s" but are not the plural noun that makes "in 2000 protesters" a count rather than a year. */
const NOT_PLURAL = new Set(['was', 'has', 'is', 'as', 'his', 'its', 'this', 'thus', 'always', 'perhaps', 'whereas', 'yes', 'us']);

/** Count nouns without a plural "s": "in 2000 people" is a count, not a year. */
const COUNT_NOUNS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'youth', 'more', 'other', 'others', 'of']);

interface Raw {
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  weekdayText?: string;
  /** 'weekday' = a weekday alone, resolved against the ref; 'month-only' = a month name without day or year. */
  shape: 'full' | 'weekday' | 'month-only' | 'year-only';
  relativeLast?: boolean;
  /** Index of the partner in a "December 24 to 26, 2019" range (the part holding the year). */
  rangeGroup?: number;
}

function startsUpper(s: string): boolean {
  return /^[A-Z]/.test(s);
}

function dayNum(s: string): number {
  return Number.parseInt(s, 10);
}

/** Records a "Month Day[, Year]" or "Day Month[ Year]" match (an optional leading weekday is group 1, the year group 4). */
function pushDayMonth(out: Raw[], text: string, m: RegExpMatchArray, monthGroup: number, dayGroup: number): void {
  const mo = monthNumber(m[monthGroup]!);
  if (!mo || !startsUpper(m[monthGroup]!)) return;
  const y = m[4] ? Number(m[4]) : undefined;
  const d = dayNum(m[dayGroup]!);
  if (!isValidDay(y, mo, d)) return;
  let start = m.index!;
  let wd: number | undefined;
  if (m[1]) {
    wd = startsUpper(m[1]) ? weekdayNumber(m[1]) : undefined;
    // A lowercase or unknown weekday word is not part of the date.
    if (wd === undefined) start = m.indices![2]![0];
  }
  const end = m.index! + m[0].length;
  out.push({
    start, end, text: text.slice(start, end), month: mo, day: d, shape: 'full',
    ...(y !== undefined ? { year: y } : {}),
    ...(wd !== undefined ? { weekday: wd, weekdayText: m[1]!.replace(/\.$/, '') } : {}),
  });
}

function collect(text: string): Raw[] {
  const out: Raw[] = [];
  let group = 0;

  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (isValidDay(y, mo, d)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: y, month: mo, day: d, shape: 'full' });
  }

  // "December 24 to 26, 2019" / "Dec 24-26": two days sharing month (and year).
  for (const m of text.matchAll(RE_MD_RANGE)) {
    const mo = monthNumber(m[2]!);
    if (!mo || !startsUpper(m[2]!)) continue;
    if (/\band\b/.test(m[4]!) && !AFTER_A_DAY.test(text.slice(m.indices![5]![1]))) continue;
    const y = m[6] ? Number(m[6]) : undefined;
    const d1 = dayNum(m[3]!);
    const d2 = dayNum(m[5]!);
    if (!isValidDay(y, mo, d1) || !isValidDay(y, mo, d2) || d2 <= d1) continue;
    const firstEnd = m.indices![3]![1];
    const secondStart = m.indices![5]![0];
    const end = m.index + m[0].length;
    const wd = m[1] && startsUpper(m[1]) ? weekdayNumber(m[1]) : undefined;
    group++;
    out.push({
      start: m.index, end: firstEnd, text: text.slice(m.index, firstEnd), month: mo, day: d1, shape: 'full', rangeGroup: group,
      ...(y !== undefined ? { year: y } : {}),
      ...(wd !== undefined ? { weekday: wd, weekdayText: m[1]!.replace(/\.$/, '') } : {}),
    });
    out.push({
      start: secondStart, end, text: text.slice(secondStart, end), month: mo, day: d2, shape: 'full', rangeGroup: group,
      ...(y !== undefined ? { year: y } : {}),
    });
  }

  // "11-12 February 2020": two days sharing month (and year), day first.
  for (const m of text.matchAll(RE_DM_RANGE)) {
    const mo = monthNumber(m[3]!);
    if (!mo || !startsUpper(m[3]!)) continue;
    const y = m[4] ? Number(m[4]) : undefined;
    const d1 = dayNum(m[1]!);
    const d2 = dayNum(m[2]!);
    if (!isValidDay(y, mo, d1) || !isValidDay(y, mo, d2) || d2 <= d1) continue;
    const firstEnd = m.indices![1]![1];
    const secondStart = m.indices![2]![0];
    const end = m.index + m[0].length;
    group++;
    out.push({ start: m.index, end: firstEnd, text: text.slice(m.index, firstEnd), month: mo, day: d1, shape: 'full', rangeGroup: group, ...(y !== undefined ? { year: y } : {}) });
    out.push({ start: secondStart, end, text: text.slice(secondStart, end), month: mo, day: d2, shape: 'full', rangeGroup: group, ...(y !== undefined ? { year: y } : {}) });
  }

  for (const m of text.matchAll(RE_MDY)) pushDayMonth(out, text, m, 2, 3);

  for (const m of text.matchAll(RE_DMY)) pushDayMonth(out, text, m, 3, 2);
  for (const m of text.matchAll(RE_WEEKDAY_DAY_COMMA_MONTH)) pushDayMonth(out, text, m, 3, 2);

  for (const m of text.matchAll(RE_MONTH_YEAR)) {
    const mo = monthNumber(m[1]!);
    if (!mo || !startsUpper(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: Number(m[2]), month: mo, shape: 'full' });
  }

  // A month name alone only counts after a word that makes it a time ("in November", "since March").
  const monthOnly = /(?:\b(?:in|since|during|until|till|by|from|last|early|late|before|after|through|throughout|of)\s+|\bmid-)(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,.]*\d)/gi;
  for (const m of text.matchAll(monthOnly)) {
    if (!startsUpper(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, month: monthNumber(m[1]!)!, shape: 'month-only' });
  }

  // A year alone only after a word that makes it a time, and never when a plural noun follows ("in 2000 cities").
  for (const m of text.matchAll(RE_YEAR_ONLY)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const next = /^\s+([a-z]+)/.exec(after)?.[1];
    if (next && ((next.length > 3 && next.endsWith('s') && !NOT_PLURAL.has(next)) || COUNT_NOUNS.has(next))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + 4, text: m[1]!, year: Number(m[1]), shape: 'year-only' });
  }

  collectForeign(text, out);

  for (const m of text.matchAll(RE_WEEKDAY_ALONE)) {
    if (!startsUpper(m[2]!)) continue;
    const lead = m[1]?.toLowerCase();
    if (lead === 'next' || lead === 'coming' || lead === 'every') continue;
    const start = m.index + m[0].length - m[2]!.length;
    out.push({
      start, end: start + m[2]!.length, text: m[2]!, weekday: weekdayNumber(m[2]!)!, weekdayText: m[2]!, shape: 'weekday',
      relativeLast: lead === 'last' || lead === 'this past' || lead === 'past',
    });
  }
  // "Samedi s'est tenu …", "ce samedi", "am Samstag": a French or German weekday alone, outside a full date.
  for (const m of text.matchAll(RE_FOREIGN_WEEKDAY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((x) => x.start < end && x.end > start)) continue;
    const wd = FOREIGN_WEEKDAYS.get(foldDateWord(m[0]));
    if (wd === undefined) continue;
    out.push({ start, end, text: m[0], weekday: wd, weekdayText: WEEKDAY_NAMES[wd] as string, shape: 'weekday', relativeLast: false });
  }
  return out;
}

const NUMERIC_DATE_WEEKDAY = new RegExp(String.raw`\b(${WEEKDAY}),?\s+$`);

const FR_MONTH = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const DE_MONTH = 'Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const FR_WEEKDAY = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const DE_WEEKDAY = 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag';

// The patterns `collect` reads every text with, made once (`matchAll` runs each on a copy of its own).
// ("October 14 and 15": two days of one month joined by "and" too, read so only when no noun follows the second.)
const RE_MD_RANGE = new RegExp(String.raw`\b(?:(${WEEKDAY}),?\s+)?(${MONTH})\s+(${DAY})(${RANGE_JOIN}|\s+and\s+)(${DAY})\b(?:,?\s+(${YEAR})\b)?`, 'gid');
/** Words that may follow a day ("October 14 and 15 in Tabriz"); any other lower-case word makes "and 15" a count ("and 15 others"). */
const AFTER_A_DAY = /^\s+(?:in|at|on|of|for|when|while|as|after|before|during|to|and|or|with|across|that|the|this|last|next|outside|near|by|from|until|amid)\b|^\s*(?:[^\s\p{Ll}]|$)/u;
const RE_DM_RANGE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?${RANGE_JOIN}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?![a-z])(?:,?\s+(${YEAR})\b)?`, 'gid');
const RE_MDY = new RegExp(String.raw`\b(?:(${WEEKDAY}),?\s+(?:the\s+)?)?(${MONTH})\s+(${DAY})\b(?!\s*[-–:]\s*\d)(?!,\d)(?:(?:,\s*|\s+)(${YEAR})\b)?`, 'gid');
const RE_DMY = new RegExp(String.raw`\b(?:(${WEEKDAY}),?\s+(?:the\s+)?)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?![a-z])(?:,?\s+(${YEAR})\b)?`, 'gid');
/** "Saturday 13, July 2019": a day after its weekday, a stray comma before the month (only with the weekday written). */
const RE_WEEKDAY_DAY_COMMA_MONTH = new RegExp(String.raw`\b(${WEEKDAY}),?\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(${MONTH})(?![a-z])(?:,?\s+(${YEAR})\b)?`, 'gid');
const RE_YEAR_ONLY = new RegExp(String.raw`(?:\b(?:in|between|since|during|until|till|by|from|before|after|early|late|the|around|circa|year|summer|winter|spring|autumn|fall|of)\s+|\bmid-)(${YEAR})\b(?![,.]?\d)(?!\s*%)`, 'gi');
const RE_WEEKDAY_ALONE = new RegExp(String.raw`\b(?:(last|this past|past|on|this|next|coming|every)\s+)?(${FULL_WEEKDAY})\b(?!s\b)`, 'gi');
const RE_FR = new RegExp(`\\b(?:(${FR_WEEKDAY})\\s+)?(?:le\\s+)?(\\d{1,2}|1er)\\s+(${FR_MONTH})(?![\\p{L}])(?:\\s+(\\d{4}))?`, 'giu');
// "mercredi, février 1, 2023": a French site's page date written in the English order (the year after a comma).
const RE_FR_MDY = new RegExp(`(?<![\\p{L}])(?:(${FR_WEEKDAY}),?\\s+)?(${FR_MONTH})\\s+(\\d{1,2}|1er),\\s*(\\d{4})(?!\\d)`, 'giu');
const RE_DE = new RegExp(`\\b(?:(${DE_WEEKDAY}),?\\s+(?:den\\s+)?)?(\\d{1,2})\\.\\s*(${DE_MONTH})(?![\\p{L}])(?:\\s+(\\d{4}))?`, 'gu');
const RE_MONTH_YEAR = new RegExp(String.raw`\b(${MONTH}),?\s+(${YEAR})\b`, 'gi');
const RE_FOREIGN_WEEKDAY = new RegExp(`(?<![\\p{L}])(${FR_WEEKDAY}|${DE_WEEKDAY})(?![\\p{L}])`, 'giu');

/**
 * French and German dates ("dimanche 13 janvier 2013", "le 28 juin 2008", "am 14. Februar 2020") and numeric
 * day-first dates ("12/07/2019", "17.01.2017"), as used by European sites. A numeric date reads day first unless
 * its first part cannot be a day of that month.
 */
function collectForeign(text: string, out: Raw[]): void {
  for (const m of text.matchAll(RE_FR)) pushForeign(out, m, m[1], m[2]!, m[3]!, m[4]);
  for (const m of text.matchAll(RE_FR_MDY)) pushForeign(out, m, m[1], m[3]!, m[2]!, m[4]);
  for (const m of text.matchAll(RE_DE)) pushForeign(out, m, m[1], m[2]!, m[3]!, m[4]);
  for (const m of text.matchAll(/(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.])/g)) {
    let d = Number(m[1]);
    let mo = Number(m[3]);
    const y = Number(m[4]);
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    // "on Tuesday 09/24/2024": a weekday written right before a numeric date is that date's, never a day of its own
    // (read alone it was the Tuesday before the report); when both readings are days, the weekday tells which.
    const lead = NUMERIC_DATE_WEEKDAY.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const wd = lead && startsUpper(lead[1]!) ? weekdayNumber(lead[1]!) : undefined;
    if (wd !== undefined && isValidDay(y, d, mo) && weekdayOf(y, d, mo) === wd && !(isValidDay(y, mo, d) && weekdayOf(y, mo, d) === wd)) [d, mo] = [mo, d];
    if (!isValidDay(y, mo, d)) continue;
    const start = wd !== undefined ? m.index - lead![0].length : m.index;
    out.push({
      start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), year: y, month: mo, day: d, shape: 'full',
      ...(wd !== undefined ? { weekday: wd, weekdayText: lead![1]!.replace(/\.$/, '') } : {}),
    });
  }
}

function pushForeign(out: Raw[], m: RegExpMatchArray, weekday: string | undefined, dayText: string, monthText: string, yearText: string | undefined): void {
  const mo = FOREIGN_MONTHS.get(foldDateWord(monthText));
  const d = dayText === '1er' ? 1 : Number(dayText);
  const y = yearText ? Number(yearText) : undefined;
  if (!mo || !isValidDay(y, mo, d)) return;
  const wd = weekday ? FOREIGN_WEEKDAYS.get(foldDateWord(weekday)) : undefined;
  const start = m.index ?? 0;
  const raw: Raw = { start, end: start + m[0].length, text: m[0], month: mo, day: d, shape: 'full' };
  if (y !== undefined) raw.year = y;
  if (wd !== undefined && weekday) {
    raw.weekday = wd;
    raw.weekdayText = WEEKDAY_NAMES[wd] as string;
  }
  out.push(raw);
}

/** Keeps the longest match at each place, then non-overlapping matches left to right. */
function selectNonOverlapping(raws: Raw[]): Raw[] {
  const sorted = [...raws].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Raw[] = [];
  let lastEnd = -1;
  for (const r of sorted) {
    if (r.start < lastEnd) {
      // A range half replaces a plain match it covers exactly (e.g. "Dec 24-26, 2019" vs "Dec 24").
      continue;
    }
    kept.push(r);
    lastEnd = r.end;
  }
  return kept;
}

function unknownDate(source: DateSource, text: string): FuzzyDate {
  return { precision: 'unknown', yearStated: false, iso: '', source, text };
}

function refHasYear(ref: FuzzyDate | undefined): ref is FuzzyDate & { year: number } {
  return !!ref && ref.year !== undefined && ref.precision !== 'unknown';
}

/** The day/month/year of a reference date that is known to the day, else undefined. */
function refDay(ref: FuzzyDate | undefined): { year: number; month: number; day: number } | undefined {
  if (!ref || ref.precision !== 'day' || ref.year === undefined || ref.month === undefined || ref.day === undefined) return undefined;
  return { year: ref.year, month: ref.month, day: ref.day };
}

function dayDate(y: number, m: number, d: number, source: DateSource, text: string, weekdayText?: string): FuzzyDate {
  return {
    year: y, month: m, day: d, precision: 'day', yearStated: true, iso: isoDay(y, m, d), source, text,
    ...(weekdayText ? { weekday: canonicalWeekday(weekdayText) } : {}),
  };
}

function canonicalWeekday(w: string): string {
  const n = weekdayNumber(w);
  return n === undefined ? w : WEEKDAY_NAMES[n]!;
}

/**
 * Resolves a day and month written without a year.
 * With a reference year: the latest such day on or before the reference (a stated weekday must agree,
 * allowing one year back); otherwise the year stays unstated and a stated weekday yields candidate years.
 */
export function resolveDayMonth(
  month: number,
  day: number,
  weekday: number | undefined,
  ref: FuzzyDate | undefined,
  source: DateSource,
  text: string,
  weekdayText?: string,
): FuzzyDate {
  const wdField = weekdayText ? { weekday: canonicalWeekday(weekdayText) } : {};
  if (refHasYear(ref)) {
    let y = ref.year;
    if (ref.month !== undefined && (month > ref.month || (month === ref.month && ref.day !== undefined && day > ref.day))) y -= 1;
    if (weekday === undefined) {
      if (isValidDay(y, month, day)) return dayDate(y, month, day, source, text);
    } else {
      // The nearest agreeing year on or before the reference, but no further back than the previous year:
      // a weekday that fits only an older year is more likely a slip than a date years before the article.
      for (const cand of [y, y - 1]) {
        if (isValidDay(cand, month, day) && weekdayOf(cand, month, day) === weekday) return dayDate(cand, month, day, source, text, weekdayText);
      }
      const from = Math.min(CANDIDATE_YEAR_FROM, ref.year - 10);
      const to = Math.max(CANDIDATE_YEAR_TO, ref.year);
      return {
        month, day, precision: 'day', yearStated: false, candidateYears: yearsWithWeekday(month, day, weekday, from, to),
        iso: `--${pad2(month)}-${pad2(day)}`, source, text, ...wdField,
      };
    }
  }
  const candidates = weekday !== undefined ? { candidateYears: yearsWithWeekday(month, day, weekday) } : {};
  return { month, day, precision: 'day', yearStated: false, ...candidates, iso: `--${pad2(month)}-${pad2(day)}`, source, text, ...wdField };
}

function resolve(r: Raw, ref: FuzzyDate | undefined, source: DateSource): FuzzyDate | undefined {
  switch (r.shape) {
    case 'full': {
      if (r.day !== undefined && r.month !== undefined) {
        if (r.year !== undefined) return dayDate(r.year, r.month, r.day, source, r.text, r.weekdayText);
        return resolveDayMonth(r.month, r.day, r.weekday, ref, source, r.text, r.weekdayText);
      }
      if (r.month !== undefined && r.year !== undefined) {
        return { year: r.year, month: r.month, precision: 'month', yearStated: true, iso: `${r.year}-${pad2(r.month)}`, source, text: r.text };
      }
      return undefined;
    }
    case 'month-only': {
      if (!refHasYear(ref) || r.month === undefined) return undefined;
      const y = ref.month !== undefined && r.month > ref.month ? ref.year - 1 : ref.year;
      return { year: y, month: r.month, precision: 'month', yearStated: true, iso: `${y}-${pad2(r.month)}`, source, text: r.text };
    }
    case 'year-only':
      return { year: r.year!, precision: 'year', yearStated: true, iso: String(r.year), source, text: r.text };
    case 'weekday': {
      const rd = refDay(ref);
      if (!rd || r.weekday === undefined) return undefined;
      let back = (weekdayOf(rd.year, rd.month, rd.day) - r.weekday + 7) % 7;
      if (back === 0 && r.relativeLast) back = 7;
      const d = addDays(rd.year, rd.month, rd.day, -back);
      return dayDate(d.year, d.month, d.day, source, r.text, r.weekdayText);
    }
  }
}

/**
 * Finds the dates a text states, each as precise as the words allow, with offsets into `text`.
 * A weekday alone is resolved against a day-precise `ref` (most recent such day on or before it); a day and month
 * without a year take the year of `ref` (a stated weekday must agree) or, with no reference year, stay yearless
 * with the weekday-consistent `candidateYears`. A year taken from `ref` counts as known (`yearStated: true`).
 * Bare numbers ("1,500", "Day 44") are never read as dates.
 */
export function findDates(text: string, ref?: FuzzyDate, source: DateSource = 'text'): FoundDate[] {
  // Without a digit, only a month or a weekday written in full can be a date ("in November", "on Friday"): most
  // sentences have neither, and are passed without running every pattern over them.
  if (!/[0-9]/.test(text) && !DATE_WORD.test(text)) return [];
  return findDatesByEveryPattern(text, ref, source);
}

const HYPHENED_DAY = new RegExp(String.raw`\b\d{1,2}-${MONTH.replace('\\.?', '')}-\d{4}\b`, 'gi');

/** `findDates` without its first look for a digit or a date word (kept as the reference the shortcut is tested against). */
export function findDatesByEveryPattern(written: string, ref?: FuzzyDate, source: DateSource = 'text'): FoundDate[] {
  // ("5-January-2031": a day, month and year joined by hyphens read as if spaced; the offsets stay the same.)
  const text = written.replace(HYPHENED_DAY, (m) => m.replace(/-/g, ' '));
  const kept = selectNonOverlapping(collect(text)).filter((r) => !namesAStreet(text, r));
  // "From December 24 to December 26, 2019": the stated year carries back to the first part of the range.
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (a.shape !== 'full' || b.shape !== 'full' || a.year !== undefined || b.year === undefined || a.day === undefined || b.day === undefined) continue;
    const between = text.slice(a.end, b.start);
    if (!/^\s*(?:-|–|—|to|until|till|through|and)\s*$/i.test(between)) continue;
    if (a.month! > b.month! || (a.month === b.month && a.day > b.day)) continue;
    a.year = b.year;
  }
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (a.rangeGroup !== undefined && a.rangeGroup === b.rangeGroup && a.year === undefined && b.year !== undefined) a.year = b.year;
  }
  const found: FoundDate[] = [];
  for (const r of kept) {
    const date = resolve(r, ref, source);
    if (date) found.push({ date, start: r.start, end: r.end });
  }
  return found;
}

/** A street or square named after a day ("Platz des 18. März", "rue du 4 Septembre", "Piazza del 25 Aprile"): a name, no date. */
const STREET_OF_DAY =
  /(?:^|[^\p{L}])(?:\p{L}*(?:platz|straße|strasse|allee|ufer|gasse|brücke)|rue|place|avenue|boulevard|quai|pont|piazza|piazzale|via|viale|largo|plaza|calle|avenida|praça|rua)\s+(?:des|der|du|de|del|della|dei|do|da)\s+$/iu;
/** "Square of the 8 March", written with a capital (a name): "held in place of the March 8 rally" names no street. */
const STREET_OF_DAY_EN = /(?:^|[^\p{L}])(?:Place|Square|Street|Bridge|Avenue|Plaza)\s+of(?:\s+the)?\s+$/u;

function namesAStreet(text: string, r: Raw): boolean {
  const before = text.slice(Math.max(0, r.start - 40), r.start);
  return STREET_OF_DAY.test(before) || STREET_OF_DAY_EN.test(before);
}

/** The words a date without digits needs (`collect`'s month-alone and weekday-alone patterns). */
const DATE_WORD = /january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag/i;

/** A date with nothing known, for articles whose publication date cannot be established. */
export function unknownFuzzyDate(source: DateSource = 'none', text = ''): FuzzyDate {
  return unknownDate(source, text);
}

/** How many days a weekday-checked body date may precede a yearless article date and still tell its year. */
const BODY_DATE_WINDOW_DAYS = 45;

/**
 * Candidate years for a yearless day-precise article date, implied by the weekday-checked dates its text states
 * ("On Saturday, February 11" in an article dated "14 Feb"). Only body dates falling within a few weeks before the
 * article date count; the years of all of them must agree (the intersection is returned). Never a stated year:
 * an empty list means the text does not narrow it. `notAfter` (e.g. the year a page was crawled) caps the years.
 */
export function candidateYearsFromText(articleDate: FuzzyDate, text: string, notAfter?: number): number[] {
  if (articleDate.precision !== 'day' || articleDate.year !== undefined || articleDate.month === undefined || articleDate.day === undefined) return [];
  const am = articleDate.month;
  const ad = articleDate.day;
  let result: Set<number> | undefined;
  for (const f of findDates(text, articleDate)) {
    const d = f.date;
    if (d.yearStated || !d.candidateYears || d.month === undefined || d.day === undefined) continue;
    // Same calendar year when the body day is not later in the year than the article day, else the year before.
    const wraps = d.month > am || (d.month === am && d.day > ad);
    const years = new Set<number>();
    for (const y of d.candidateYears) {
      const articleYear = wraps ? y + 1 : y;
      if (!isValidDay(articleYear, am, ad)) continue;
      const gap = (Date.UTC(articleYear, am - 1, ad) - Date.UTC(y, d.month - 1, d.day)) / 86_400_000;
      if (gap >= 0 && gap <= BODY_DATE_WINDOW_DAYS && (notAfter === undefined || articleYear <= notAfter)) years.add(articleYear);
    }
    if (years.size === 0) continue;
    result = result ? new Set([...result].filter((y) => years.has(y))) : years;
  }
  return result ? [...result].sort((a, b) => a - b) : [];
}

/**
 * A page's date field as scraped, opening a paragraph ("date 2025-03-15 ", "Published: 2024-05-02 "): metadata of the
 * page, not a date the report tells of.
 */
export const PAGE_DATE_FIELD = /^\s*(?:date|published|posted|updated|last updated)\s*:?\s*\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?)?\s+/i;

/**
 * What follows a dateline's day ("Velden, May 3, 2041 – …", a wire's "Velden, May 3, 2041 / Newswire / -- …"): the day
 * the report was filed, not a day of what it tells.
 */
export const DATELINE_END = /^[\s,]*(?:\d{4}\s*)?(?:[—–-]|\/\s*\p{L})/u;

/** The words that set something for a day to come ("set", "scheduled", "due"), shared by every reader of such days. */
export const SET_FOR_VERBS = String.raw`(?:set|scheduled|slated|planned|due|expected)`;

/**
 * A happening's noun right before its day ("her detention in September", "his death on May 4"): the day is that
 * happening's, not of a gathering told in the same sentence. Returns the noun, or undefined.
 */
export function deedBeforeDay(text: string, at: number): string | undefined {
  // ("the death of 19-year-old Lena Hart on May 4": the person whose deed it was may stand between the noun and its
  // day; "to demand the release of political prisoners on June 18" dates the demand, not a release.)
  // (Case-sensitive for the name: with the i flag \p{Lu} would take lower-case words too.)
  return /\b([Dd]etention|[Aa]rrest|[Dd]eath|[Kk]illing|[Mm]urder|[Ff]uneral|[Ee]xecution|[Rr]elease|[Aa]bduction|[Bb]irth)\s+(?:of\s+(?:\d{1,3}-year-old\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4})?(?:in|on)\s+$/u.exec(text.slice(Math.max(0, at - 90), at))?.[1]?.toLowerCase();
}

/** The words that make the day right after them an occasion's: "on the occasion of", "ahead of", "on the eve of". */
const OCCASION_BEFORE_DAY = /\b(?:occasion\s+of|ahead\s+of|(?:on\s+)?the\s+eve\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|à\s+l['’]occasion\s+du|à\s+la\s+veille\s+du)\s+(?:the\s+)?$/iu;

/**
 * "On the eve of Harvest Day (May 4), exiles gathered …", "a day after Unity Day (June 2)": a day in brackets right
 * after a named day that the sentence puts the happening before or after is that named day's date, not the
 * happening's. ("On Unity Day (June 2), thousands marched" is not one: the march was on that day.)
 */
export function dateOfAnOccasionBeside(text: string, start: number, end: number): boolean {
  // ("On the occasion of June 2, Unity Day, a conference was held … on May 30", "ahead of May 1": the day named is
  // the occasion's, that the happening was held for, before or on the eve of; not the happening's own.)
  if (OCCASION_BEFORE_DAY.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (!/^[^()]{0,3}\)/.test(text.slice(end, end + 4))) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  const named = /(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Day|Tag|Journée|Jour|Giornata|Día)\s*\(\s*$/u.exec(before);
  if (!named) return false;
  return /\b(?:eve|ahead|before|after|following|prior to|in the run-up to|veille|vorabend|vigilia)\b[^.;()]{0,50}$/iu.test(before.slice(0, named.index));
}

const SET_FOR_BEFORE_DAY = new RegExp(String.raw`\b${SET_FOR_VERBS}\s+(?:for|on)\s+(?:the\s+)?$`, 'i');

/** "a second round set for July 5": whether the date at `start` is the day something is set or scheduled for. */
export function dateIsScheduledFor(text: string, start: number): boolean {
  return SET_FOR_BEFORE_DAY.test(text.slice(Math.max(0, start - 40), start));
}

/** The dates a text tells of: those `findDates` found less any inside a page's date field opening it. */
export function datesTold<T extends { start: number }>(text: string, found: T[]): T[] {
  const field = PAGE_DATE_FIELD.exec(text);
  return field ? found.filter((d) => d.start >= field[0].length) : found;
}
