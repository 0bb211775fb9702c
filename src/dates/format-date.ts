import type { FuzzyDate } from '../domain/types.ts';
import { MONTH_NAMES, daysInMonth, isoDay } from './calendar.ts';

function listYears(years: number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} or ${years[years.length - 1]}`;
}

/** Human form of a date at its precision: "December 26, 2019", "December 2019", "2019", "December 17 (year not stated; …)". */
export function formatDate(d: FuzzyDate): string {
  const monthName = d.month !== undefined ? MONTH_NAMES[d.month - 1] : undefined;
  switch (d.precision) {
    case 'day':
      if (!monthName || d.day === undefined) break;
      if (d.year !== undefined) return `${monthName} ${d.day}, ${d.year}`;
      if (d.candidateYears && d.candidateYears.length > 0) {
        return `${monthName} ${d.day} (year not stated; the weekday fits ${listYears(d.candidateYears)})`;
      }
      return `${monthName} ${d.day} (year not stated)`;
    case 'month':
      if (!monthName) break;
      return d.year !== undefined ? `${monthName} ${d.year}` : `${monthName} (year not stated)`;
    case 'year':
      if (d.year !== undefined) return String(d.year);
      break;
    case 'unknown':
      break;
  }
  return 'date unknown';
}

/** The first and last ISO day a date covers, or undefined when its year is not known. */
export function dateSpan(d: FuzzyDate): { from: string; to: string } | undefined {
  if (d.year === undefined) return undefined;
  if (d.precision === 'day' && d.month !== undefined && d.day !== undefined) {
    const iso = isoDay(d.year, d.month, d.day);
    return { from: iso, to: iso };
  }
  if (d.precision === 'month' && d.month !== undefined) {
    return { from: isoDay(d.year, d.month, 1), to: isoDay(d.year, d.month, daysInMonth(d.year, d.month)) };
  }
  if (d.precision === 'year') return { from: isoDay(d.year, 1, 1), to: isoDay(d.year, 12, 31) };
  return undefined;
}

/** Whether a date falls in [from, to] (ISO days, inclusive); month/year dates count when they overlap; false when the year is unknown. */
export function dateInRange(d: FuzzyDate, from: string, to: string): boolean {
  const span = dateSpan(d);
  if (!span) return false;
  return span.from <= to && span.to >= from;
}

/** Orders dates chronologically by their first day; dates without a known year sort last (by month and day). */
export function compareDates(a: FuzzyDate, b: FuzzyDate): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  if (sa && sb) return sa.from < sb.from ? -1 : sa.from > sb.from ? 1 : 0;
  if (sa) return -1;
  if (sb) return 1;
  const ka = `${String(a.month ?? 99).padStart(2, '0')}-${String(a.day ?? 99).padStart(2, '0')}`;
  const kb = `${String(b.month ?? 99).padStart(2, '0')}-${String(b.day ?? 99).padStart(2, '0')}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
