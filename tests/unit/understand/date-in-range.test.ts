import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateMatchesRange } from '../../../src/understand/question-dates.ts';
import type { FuzzyDate } from '../../../src/domain/types.ts';

/**
 * Whether a date overlaps a question's range, told the slow, plain way: every day the date may stand for is made as a
 * calendar day and looked for between the range's ends. The engine compares numbers instead (it tests thousands of
 * dates a question); both must agree.
 */
function daysOf(d: FuzzyDate): Array<{ y: number | undefined; m: number; day: number }> {
  const out: Array<{ y: number | undefined; m: number; day: number }> = [];
  const months = d.month ? [d.month] : d.year ? Array.from({ length: 12 }, (_, i) => i + 1) : [];
  for (const m of months) {
    const last = new Date(Date.UTC(d.year ?? 2000, m, 0)).getUTCDate();
    const days = d.precision === 'day' && d.day ? [d.day] : Array.from({ length: last }, (_, i) => i + 1);
    for (const day of days) out.push({ y: d.year, m, day });
  }
  return out;
}

function plainMatch(d: FuzzyDate, from: string, to: string): boolean {
  const rangeYear = !from.startsWith('--');
  // (A date of a year alone says nothing of the day and month a year-less range asks.)
  if (d.precision === 'unknown' || (!d.month && !rangeYear)) return false;
  const md = (s: string) => s.slice(-5);
  const pad = (n: number) => String(n).padStart(2, '0');
  return daysOf(d).some(({ y, m, day }) => {
    if (y !== undefined && rangeYear) {
      const iso = `${y}-${pad(m)}-${pad(day)}`;
      return iso >= from && iso <= to;
    }
    const dm = `${pad(m)}-${pad(day)}`;
    // A year-less day is in a range with years when it is so in one of the years the report suggests.
    if (rangeYear) return (d.candidateYears ?? []).some((c) => `${c}-${dm}` >= from && `${c}-${dm}` <= to);
    return dm >= md(from) && dm <= md(to);
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateArb = fc
  .record({
    year: fc.option(fc.integer({ min: 1996, max: 2004 }), { nil: undefined }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
    candidateYears: fc.array(fc.integer({ min: 1996, max: 2004 }), { maxLength: 3 }),
  })
  .map(({ year, month, day, precision, candidateYears }): FuzzyDate => ({
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(precision === 'day' && month !== undefined ? { day } : {}),
    precision: precision === 'day' && month === undefined ? 'month' : precision,
    yearStated: year !== undefined,
    ...(year === undefined ? { candidateYears } : {}),
    iso: '',
    source: 'text',
    text: '',
  }));
const rangeArb = fc
  .record({ year: fc.option(fc.integer({ min: 1996, max: 2004 }), { nil: undefined }), years: fc.integer({ min: 0, max: 2 }), m1: fc.integer({ min: 1, max: 12 }), d1: fc.integer({ min: 1, max: 28 }), span: fc.integer({ min: 0, max: 400 }) })
  .map(({ year, years, m1, d1, span }) => {
    const start = new Date(Date.UTC(year ?? 2000, m1 - 1, d1));
    const end = new Date(Math.min(start.getTime() + span * 86_400_000, Date.UTC((year ?? 2000) + (year === undefined ? 0 : years), 11, 31)));
    const iso = (t: Date, y: number | undefined) => `${y === undefined ? '-' : t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
    return { from: iso(start, year), to: iso(end, year), text: 'asked' };
  });

describe('a date against the period a question asks', () => {
  it('GIVEN any date (a day, a month, a year, or a day and month whose year only a weekday suggests) and any range THEN the quick test agrees with reading the days one by one', () => {
    fc.assert(fc.property(dateArb, rangeArb, (d, r) => dateMatchesRange(d, r) === plainMatch(d, r.from, r.to)), { seed: 20261207, numRuns: 3000 });
  });

  it('GIVEN a range across New Year and a year-less date whose suggested year puts it inside THEN it matches, and outside THEN not', () => {
    const june: FuzzyDate = { month: 6, day: 1, precision: 'day', yearStated: false, candidateYears: [2031], iso: '', source: 'text', text: 'June 1' };
    const winter = { from: '2031-03-08', to: '2032-03-01', text: 'from March 8, 2031 to March 1, 2032' };
    expect(dateMatchesRange(june, winter)).toBe(true);
    expect(dateMatchesRange({ ...june, candidateYears: [2032] }, winter)).toBe(false);
  });

  it('GIVEN February of a leap year, of a common year and of no year THEN its last day is the 29th, the 28th and the 29th', () => {
    const feb = (year?: number): FuzzyDate => ({ ...(year ? { year } : {}), month: 2, precision: 'month', yearStated: !!year, iso: '', source: 'text', text: 'February' });
    expect(dateMatchesRange(feb(2024), { from: '2024-02-29', to: '2024-03-10', text: 'from February 29' })).toBe(true);
    expect(dateMatchesRange(feb(2023), { from: '2023-02-29', to: '2023-03-10', text: 'from February 29' })).toBe(false);
    expect(dateMatchesRange(feb(), { from: '--02-29', to: '--03-10', text: 'from February 29' })).toBe(true);
  });
});
