import type { Figure, FuzzyDate, Qualifier } from '../domain/types.ts';

/** How a claim is drawn: a bar to its value, a floating bar between its bounds, or a bar open upwards or capped. */
export type ClaimShape = 'value' | 'range' | 'at-least' | 'at-most';

export interface ConflictBar {
  /** Axis label, one line each: claimant, then date (and "at least"/"at most"… when the figure says so). */
  label: [string, string];
  claimant: string;
  date?: string;
  /** The number as written ("Over 1,500"), drawn at the end of the bar. */
  text: string;
  shape: ClaimShape;
  /** Where the bar starts and ends (0 for a single value; the bounds for a range). */
  low: number;
  high: number;
  /** The figure's qualifier in words ("at least", "about"), when it has one. */
  marker?: string;
}

/** What the conflict chart shows: one bar per claimed value, by claimant and date. */
export interface ConflictChartData {
  title: string;
  subtitle: string;
  bars: ConflictBar[];
  /** Claims without a number ("hundreds" with no bound): listed in the text, not drawn. */
  withoutNumber: number;
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const MARKERS: Partial<Record<Qualifier, string>> = {
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'less-than': 'less than',
  about: 'about',
  nearly: 'nearly',
};

/** A date short enough for an axis label: "Feb 12, 2020", "Feb 2020", "2020", "Dec 17 (no year)". */
export function shortDate(d: FuzzyDate | undefined): string | undefined {
  if (!d || d.precision === 'unknown') return undefined;
  const month = d.month !== undefined ? MONTHS_SHORT[d.month - 1] : undefined;
  const year = d.year !== undefined ? String(d.year) : '(no year)';
  if (d.precision === 'day' && month && d.day !== undefined) return d.year !== undefined ? `${month} ${d.day}, ${year}` : `${month} ${d.day} ${year}`;
  if (d.precision === 'month' && month) return `${month} ${year}`;
  return d.year !== undefined ? year : undefined;
}

function shapeOf(f: Figure): { shape: ClaimShape; low: number; high: number } | undefined {
  if (f.lower !== undefined && f.upper !== undefined && f.lower !== f.upper) return { shape: 'range', low: Math.min(f.lower, f.upper), high: Math.max(f.lower, f.upper) };
  const n = f.value ?? f.lower ?? f.upper;
  if (n === undefined) return undefined;
  if (f.qualifier === 'at-least' || f.qualifier === 'more-than' || (f.value === undefined && f.lower !== undefined)) return { shape: 'at-least', low: 0, high: n };
  if (f.qualifier === 'at-most' || f.qualifier === 'less-than') return { shape: 'at-most', low: 0, high: n };
  return { shape: 'value', low: 0, high: n };
}

/**
 * One bar per claim of disagreeing figures, oldest claim first: its value, or a floating bar between stated bounds,
 * "at least" claims open upwards; labelled with the claimant and the date (the figure's own, else its report's).
 */
export function conflictChartData(input: {
  measure: string;
  scope?: string;
  figures: Figure[];
  /** The date a claim was made: the figure's as-of date, else its report's date. */
  dateOf?: (f: Figure) => FuzzyDate | undefined;
}): ConflictChartData {
  const dateOf = input.dateOf ?? ((f: Figure) => f.asOf);
  const claims = input.figures.map((f) => ({ f, date: dateOf(f), drawn: shapeOf(f) }));
  const sortKey = (d: FuzzyDate | undefined) => (d?.year !== undefined ? `${d.year}-${String(d.month ?? 0).padStart(2, '0')}-${String(d.day ?? 0).padStart(2, '0')}` : '9999');
  const bars = claims
    .filter((c) => c.drawn !== undefined)
    .map((c, i) => ({ c, i, key: sortKey(c.date) }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.i - b.i)
    .map(({ c }): ConflictBar => {
      const { f, date, drawn } = c;
      const claimant = f.claimant ?? 'claimant not stated';
      const when = shortDate(date);
      const marker = MARKERS[f.qualifier] ?? (drawn!.shape === 'at-least' ? 'at least' : undefined);
      return {
        label: [claimant, [when ?? 'date not stated', marker].filter(Boolean).join(' · ')],
        claimant,
        ...(when ? { date: when } : {}),
        text: f.text,
        shape: drawn!.shape,
        low: drawn!.low,
        high: drawn!.high,
        ...(marker ? { marker } : {}),
      };
    });
  const withoutNumber = claims.length - bars.length;
  const counted = [...new Set(input.figures.map((f) => f.counted).filter(Boolean))].slice(0, 2).join(', ');
  return {
    title: `Disagreeing figures: ${input.measure}${input.scope ? ` — ${input.scope}` : ''}`,
    subtitle: `${bars.length} claim${bars.length === 1 ? '' : 's'}${counted ? ` (${counted})` : ''} by claimant and date${withoutNumber ? `; ${withoutNumber} without a number not drawn` : ''}`,
    bars,
    withoutNumber,
  };
}

/** Alt text for the conflict chart: each claim with its claimant and date (≤ 1,024 characters). */
export function conflictAltText(data: ConflictChartData): string {
  const claims = data.bars.map((b) => `${b.claimant}${b.date ? `, ${b.date}` : ''}: ${b.text}`).join('; ');
  const text = `Bar chart: ${data.title}. ${claims}.`;
  return text.length > 1024 ? `${text.slice(0, 1023).trimEnd()}…` : text;
}
