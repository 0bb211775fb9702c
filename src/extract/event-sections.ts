/** Dated sections of live reports: a heading that is only a date ("DECEMBER 28, 2019:") dates the entries under it. */
import type { FuzzyDate } from '../domain/types.ts';
import { findDates } from '../dates/index.ts';

/** The date a heading line consists of, if the line is only a date (with punctuation). */
export function headingDate(text: string, ref?: FuzzyDate): FuzzyDate | undefined {
  const t = text.trim();
  if (t.length > 60) return undefined;
  const found = findDates(t, ref, 'text').filter((d) => d.date.precision === 'day');
  const first = found[0];
  if (!first) return undefined;
  const rest = (t.slice(0, first.start) + t.slice(first.end)).replace(/[\s:.,—–-]/g, '');
  return rest.length <= 2 ? first.date : undefined;
}

/** A live-report entry starts with a time stamp ("14:05 —", "10.40 GMT"). */
export function isTimestamped(text: string): boolean {
  return /^\s*\d{1,2}[:.]\d{2}\s*(?:[—–-]|(?:GMT|UTC|CET|CEST|BST|am|pm|a\.m\.|p\.m\.|local time|hrs)\b)/i.test(text);
}

/** True when two dates can be the same day (missing parts and candidate years allowing). */
export function sameDay(a: FuzzyDate, b: FuzzyDate): boolean {
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.year !== undefined && b.year === undefined && b.candidateYears && !b.candidateYears.includes(a.year)) return false;
  if (b.year !== undefined && a.year === undefined && a.candidateYears && !a.candidateYears.includes(b.year)) return false;
  return a.month !== undefined || a.year !== undefined;
}
