import type { EventRecord } from '../domain/types.ts';

/** The span one bar of the timeline chart covers. */
export type TimelineUnit = 'month' | 'quarter' | 'year';

export interface TimelineBucket {
  /** "2019-11", "2019-Q4" or "2019". */
  key: string;
  /** "Nov 2019", "Q4 2019" or "2019". */
  label: string;
  count: number;
  /** Labels of the events counted in it, oldest first. */
  events: string[];
}

/** What the timeline chart shows: events per month (per quarter or year over long spans), the busiest labelled. */
export interface TimelineChartData {
  unit: TimelineUnit;
  title: string;
  /** Counts and what is left out, drawn under the title. */
  subtitle: string;
  buckets: TimelineBucket[];
  /** The busiest bars (at most three), with the text drawn above each. */
  highlights: Array<{ index: number; text: string }>;
  /** Events counted in a bar. */
  placed: number;
  /** Events in the list whose month (or year, for yearly bars) is not known: listed, not drawn. */
  unplaced: number;
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MAX_MONTHLY_BARS = 36;
const MAX_QUARTERLY_BARS = 40;
const MAX_YEARLY_BARS = 60;
const HIGHLIGHTS = 3;

/** A month as a count since year 0 (January 2019 = 2019 × 12), so spans are a subtraction. */
type MonthNumber = number;
const monthNumber = (year: number, month: number): MonthNumber => year * 12 + (month - 1);
const yearOf = (m: MonthNumber) => Math.floor(m / 12);
const monthOf = (m: MonthNumber) => (m % 12) + 1;

/** "2019-11-16" → its month number; undefined when malformed. */
function isoMonth(iso: string | undefined): MonthNumber | undefined {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  return m ? monthNumber(Number(m[1]), Number(m[2])) : undefined;
}

/**
 * Where an event sits in time: its month when known, else only its year. A year that is not stated is taken, as
 * `timeline()` orders the list, as the candidate year (from the weekday) nearest the median of the dated events.
 */
function eventTime(e: EventRecord, medianYear: number | undefined): { year: number; month?: number } | undefined {
  const d = e.date;
  if (!d || d.precision === 'unknown') return undefined;
  let year = d.year;
  if (year === undefined && medianYear !== undefined && d.candidateYears?.length) {
    year = d.candidateYears.reduce((best, y) => (Math.abs(y - medianYear) < Math.abs(best - medianYear) ? y : best));
  }
  if (year === undefined) return undefined;
  return d.month !== undefined && d.precision !== 'year' ? { year, month: d.month } : { year };
}

function bucketOf(unit: TimelineUnit, m: MonthNumber): { key: string; label: string } {
  const y = yearOf(m);
  if (unit === 'year') return { key: String(y), label: String(y) };
  if (unit === 'quarter') {
    const q = Math.floor((monthOf(m) - 1) / 3) + 1;
    return { key: `${y}-Q${q}`, label: `Q${q} ${y}` };
  }
  return { key: `${y}-${String(monthOf(m)).padStart(2, '0')}`, label: `${MONTHS_SHORT[monthOf(m) - 1]} ${y}` };
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Events per month over the range asked (`from`/`to` as ISO days; without them, the span of the dated events),
 * per quarter or per year when months would be too many bars to read; the busiest bars carry a label.
 */
export function timelineChartData(events: readonly EventRecord[], range: { from?: string; to?: string; place?: string } = {}): TimelineChartData {
  const years = events.map((e) => e.date?.year).filter((y): y is number => y !== undefined).sort((a, b) => a - b);
  const medianYear = years[Math.floor(years.length / 2)];
  const timed = events.map((e) => ({ e, t: eventTime(e, medianYear) }));
  const months = timed.flatMap(({ t }) => (t ? [monthNumber(t.year, t.month ?? 1), monthNumber(t.year, t.month ?? 12)] : []));
  const eventsFirst = months.length ? Math.min(...months) : undefined;
  const eventsLast = months.length ? Math.max(...months) : undefined;
  let first = isoMonth(range.from) ?? eventsFirst;
  let last = isoMonth(range.to) ?? eventsLast;
  // A range asked far wider than the events ("from 1900") would draw decades of empty bars: keep to the events.
  if (first !== undefined && last !== undefined && eventsFirst !== undefined && eventsLast !== undefined && last - first + 1 > MAX_YEARLY_BARS * 12) {
    first = Math.max(first, eventsFirst);
    last = Math.min(last, eventsLast);
  }
  const span = first !== undefined && last !== undefined && last >= first ? last - first + 1 : 0;
  const unit: TimelineUnit = span <= MAX_MONTHLY_BARS ? 'month' : span <= MAX_QUARTERLY_BARS * 3 ? 'quarter' : 'year';

  const buckets: TimelineBucket[] = [];
  const byKey = new Map<string, TimelineBucket>();
  if (first !== undefined && last !== undefined) {
    for (let m = first; m <= last; m++) {
      const { key, label } = bucketOf(unit, m);
      if (byKey.has(key)) continue;
      const bucket = { key, label, count: 0, events: [] };
      byKey.set(key, bucket);
      buckets.push(bucket);
    }
  }
  let placed = 0;
  for (const { e, t } of timed) {
    // A year alone fits a yearly bar, not a month or a quarter.
    const bucket = t && (t.month !== undefined || unit === 'year') ? byKey.get(bucketOf(unit, monthNumber(t.year, t.month ?? 1)).key) : undefined;
    if (!bucket) continue;
    bucket.count++;
    bucket.events.push(e.label);
    placed++;
  }

  const highlights = buckets
    .map((b, index) => ({ b, index }))
    .filter(({ b }) => b.count > 0)
    .sort((a, b) => b.b.count - a.b.count || a.index - b.index)
    .slice(0, HIGHLIGHTS)
    .sort((a, b) => a.index - b.index)
    .map(({ b, index }) => ({ index, text: b.count === 1 ? clip(b.events[0] ?? '1 event', 30) : plural(b.count, 'event') }));

  const per = unit === 'month' ? 'per month' : unit === 'quarter' ? 'per quarter' : 'per year';
  const firstLabel = buckets[0]?.label;
  const lastLabel = buckets[buckets.length - 1]?.label;
  const period = firstLabel && lastLabel ? (firstLabel === lastLabel ? firstLabel : `${firstLabel} – ${lastLabel}`) : '';
  const unplaced = events.length - placed;
  const left = unit === 'year' ? 'without a known year' : 'without a known month';
  return {
    unit,
    title: `Events ${per}${range.place ? ` in ${range.place}` : ''}${period ? `, ${period}` : ''}`,
    subtitle: `${plural(placed, 'event')} drawn${unplaced ? `; ${unplaced} ${left} listed below, not drawn` : ''}`,
    buckets,
    highlights,
    placed,
    unplaced,
  };
}

/** Alt text for the timeline chart: what it shows and where the peaks are, for screen readers (≤ 1,024 characters). */
export function timelineAltText(data: TimelineChartData): string {
  const peaks = data.highlights
    .map((h) => data.buckets[h.index])
    .filter((b): b is TimelineBucket => b !== undefined)
    .sort((a, b) => b.count - a.count)
    .map((b) => `${b.label} (${plural(b.count, 'event')})`);
  const text = `Bar chart: ${data.title}. ${data.subtitle}.${peaks.length ? ` Busiest: ${peaks.join(', ')}.` : ''}`;
  return clip(text, 1024);
}
