import type { EventKind, EventRecord, FuzzyDate } from '../domain/types.ts';
import { foldText, STOP_WORDS } from './fold.ts';
import { unionProvenance, unionText } from './merge-speakers.ts';

const STREET_KINDS: ReadonlySet<EventKind> = new Set(['rally', 'demonstration', 'protest', 'gathering']);
const MEETING_KINDS: ReadonlySet<EventKind> = new Set(['conference', 'meeting']);
const VIOLENCE_KINDS: ReadonlySet<EventKind> = new Set(['attack', 'bombardment']);

/** Two kinds name the same sort of event (a "rally" in one report is a "demonstration" in another). */
export function kindsCompatible(a: EventKind, b: EventKind): boolean {
  if (a === b) return true;
  for (const family of [STREET_KINDS, MEETING_KINDS, VIOLENCE_KINDS]) if (family.has(a) && family.has(b)) return true;
  return false;
}

/** The month of the year of a day- or month-precise date (the bucket merge candidates are looked up in). */
function monthKey(d: FuzzyDate | undefined): string | undefined {
  if (!d || !d.iso || d.month === undefined) return undefined;
  return d.precision === 'day' || d.precision === 'month' ? String(d.month) : undefined;
}

/** "YYYY-MM" or "--MM" of a day- or month-precise date. */
function yearMonth(d: FuzzyDate): string | undefined {
  if (d.precision === 'day') return d.iso.slice(0, d.iso.lastIndexOf('-'));
  return d.precision === 'month' ? d.iso : undefined;
}

type DateMatch = 'same-day' | 'same-month' | 'no';

/**
 * Dates agree: the same day (a day without a stated year matches a dated day of a year its weekday allows),
 * or the same month when one of them is only known to the month.
 */
export function datesAgree(a: FuzzyDate | undefined, b: FuzzyDate | undefined): DateMatch {
  if (!a || !b || !a.iso || !b.iso) return 'no';
  if (a.precision === 'day' && b.precision === 'day') {
    if (a.iso === b.iso) return 'same-day';
    const [yearless, dated] = !a.yearStated && b.yearStated ? [a, b] : !b.yearStated && a.yearStated ? [b, a] : [];
    if (yearless && dated && dated.year !== undefined && dated.month === yearless.month && dated.day === yearless.day) {
      const allowed = yearless.candidateYears;
      return !allowed || allowed.length === 0 || allowed.includes(dated.year) ? 'same-day' : 'no';
    }
    return 'no';
  }
  const ma = yearMonth(a);
  const mb = yearMonth(b);
  if (ma && mb && ma === mb && (a.precision === 'month' || b.precision === 'month')) return 'same-month';
  return 'no';
}

/** Words that say what sort of place a venue is, not which one ("Place du Trocadéro" = "Trocadero Square"). */
const GENERIC_VENUE_WORDS: ReadonlySet<string> = new Set(
  'square place plaza platz piazza plein street st avenue ave road boulevard bd park garden gardens de du des la le les del della di van von front outside near opposite building hall center centre main city'.split(' '),
);

function venueWords(folded: string): string[] {
  return folded.split(' ').filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !GENERIC_VENUE_WORDS.has(w));
}

/** Kinds that span a country rather than one square: reports name them by month and country, not by venue. */
const NATIONWIDE_KINDS: ReadonlySet<EventKind> = new Set(['uprising']);

/** Folds place names once per distinct spelling: merging compares each event's place with many candidates. */
type Fold = (s: string | undefined) => string;

function foldCache(): Fold {
  const cache = new Map<string, string>();
  return (s) => {
    if (!s) return '';
    let f = cache.get(s);
    if (f === undefined) cache.set(s, (f = foldText(s)));
    return f;
  };
}

function samePlace(a: EventRecord, b: EventRecord, f: Fold = foldCache()): boolean {
  if (NATIONWIDE_KINDS.has(a.kind) && NATIONWIDE_KINDS.has(b.kind)) {
    const countryA = f(a.country);
    const countryB = f(b.country);
    return !countryA || !countryB || countryA === countryB;
  }
  const venueA = f(a.venue);
  const venueB = f(b.venue);
  const cityA = f(a.city);
  const cityB = f(b.city);
  if (cityA && cityB && cityA !== cityB) return false;
  if (venueA && venueB) {
    if (venueA === venueB) return true;
    const wordsB = new Set(venueWords(venueB));
    return venueWords(venueA).some((w) => wordsB.has(w));
  }
  return Boolean(cityA && cityA === cityB);
}

function precisionRank(d: FuzzyDate | undefined): number {
  if (!d) return 0;
  return { day: 3, month: 2, year: 1, unknown: 0 }[d.precision] + (d.yearStated ? 0.5 : 0);
}

function absorb(into: EventRecord, e: EventRecord): EventRecord {
  const out: EventRecord = {
    ...into,
    organisers: unionText(into.organisers, e.organisers),
    speakers: [...new Set([...into.speakers, ...e.speakers])],
    sources: unionProvenance(into.sources, e.sources),
  };
  if (precisionRank(e.date) > precisionRank(into.date) && e.date) out.date = e.date;
  if (!out.venue && e.venue) out.venue = e.venue;
  if (!out.city && e.city) out.city = e.city;
  if (!out.country && e.country) out.country = e.country;
  if (!out.size && e.size) out.size = e.size;
  if (!out.purpose && e.purpose) out.purpose = e.purpose;
  if ((!into.venue && e.venue) || (!into.city && e.city)) out.label = e.label;
  return out;
}

/**
 * The merged events that may agree on the date with an event of one month, by what `datesAgree` compares: a day-precise
 * event can only agree with a day-precise one of the same month and day (any year: a yearless day matches a dated one)
 * or with a month-precise one of its own year and month; a month-precise event only with events of its year and month.
 * Lists hold merged positions in creation order. A merged event's date never changes (see `absorb` order).
 */
interface MonthBucket {
  /** Day-precise events by day of the month. */
  byDay: Map<number | undefined, number[]>;
  /** Month-precise events by year and month (`yearMonth`). */
  monthOnly: Map<string | undefined, number[]>;
  /** Every event by year and month. */
  byYearMonth: Map<string | undefined, number[]>;
}

function pushTo<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function addToBucket(b: MonthBucket, d: FuzzyDate, i: number): void {
  const ym = yearMonth(d);
  pushTo(b.byYearMonth, ym, i);
  if (d.precision === 'day') pushTo(b.byDay, d.day, i);
  else pushTo(b.monthOnly, ym, i);
}

const NONE: number[] = [];

/**
 * The merged events of a month whose date may agree with `d`, in creation order: every one `datesAgree` does not
 * rule out by its precision, year-month or day (the others would be looked at and found not to agree). Looking
 * only at these keeps merging linear: a month bucket spans every year, so at 10,000 reports it held thousands.
 */
function candidatesIn(b: MonthBucket, d: FuzzyDate): number[] {
  const ym = yearMonth(d);
  if (d.precision !== 'day') return b.byYearMonth.get(ym) ?? NONE;
  const days = b.byDay.get(d.day) ?? NONE;
  const months = b.monthOnly.get(ym) ?? NONE;
  if (months.length === 0) return days;
  if (days.length === 0) return months;
  // Both lists ascend: merge them.
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < days.length || y < months.length) {
    if (y >= months.length || (x < days.length && (days[x] as number) < (months[y] as number))) out.push(days[x++] as number);
    else out.push(months[y++] as number);
  }
  return out;
}

/**
 * Merges events reported by several articles: compatible kind, agreeing place (city or venue) and date
 * (same day; a month-only date joins a day only when exactly one event of that month matches).
 * Returns the merged events and a map from every input id to its merged id.
 */
export function mergeEvents(all: EventRecord[]): { events: EventRecord[]; idMap: Map<string, string> } {
  const merged: EventRecord[] = [];
  const idMap = new Map<string, string>();
  // Only events of the same month can agree on the date, so candidates are looked up per month; a day can only
  // agree with the same day of that month or with a date known only to the month.
  const byMonth = new Map<string, MonthBucket>();
  const fold = foldCache();
  // Day-precise events first, so a month-only report finds every candidate day before it decides.
  const order = [...all].sort((a, b) => precisionRank(b.date) - precisionRank(a.date));
  for (const e of order) {
    const month = monthKey(e.date);
    const bucket = month ? byMonth.get(month) : undefined;
    const candidates: Array<{ i: number; match: DateMatch }> = [];
    for (const i of bucket ? candidatesIn(bucket, e.date as FuzzyDate) : []) {
      const m = merged[i] as EventRecord;
      const match = kindsCompatible(m.kind, e.kind) && samePlace(m, e, fold) ? datesAgree(m.date, e.date) : 'no';
      if (match !== 'no') candidates.push({ i, match });
    }
    const sameDay = candidates.find((c) => c.match === 'same-day');
    const target = sameDay ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (target) {
      const m = merged[target.i] as EventRecord;
      merged[target.i] = absorb(m, e);
      idMap.set(e.id, m.id);
    } else {
      merged.push({ ...e, organisers: [...e.organisers], speakers: [...e.speakers], sources: [...e.sources] });
      idMap.set(e.id, e.id);
      if (month) {
        const b: MonthBucket = bucket ?? { byDay: new Map(), monthOnly: new Map(), byYearMonth: new Map() };
        byMonth.set(month, b);
        addToBucket(b, e.date as FuzzyDate, merged.length - 1);
      }
    }
  }
  // Keep the archive's order (first report first) rather than the precision order used for matching.
  const position = new Map(all.map((e, i) => [e.id, i]));
  merged.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  return { events: merged, idMap };
}
