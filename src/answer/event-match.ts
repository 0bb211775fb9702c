import type { ArchiveIndex } from '../index/archive-index.ts';
import type { DateRange, EventKind, EventRecord, FuzzyDate } from '../domain/types.ts';
import { findDates } from '../dates/index.ts';
import { dateMatchesRange } from '../understand/question-dates.ts';
import { lexiconOf, OPENS_IN_PLACE } from '../understand/lexicon.ts';
import { fold, foldedKeyWord, similarWord, stem, unaccentLower, words } from '../understand/text.ts';
import { eventFields, eventText, eventTextSources, overlap, sentenceAt, StemSet } from './evidence.ts';
import { oneByte, STOP_WORDS } from '../index/fold.ts';
import { YEAR_WRITTEN } from './count-year.ts';
import { eventPositions, eventsOfArticle, memo, memoFor, memoKept } from './memo.ts';

/** What an event question can pin an event down with. */
export interface EventQuery {
  places?: string[];
  range?: DateRange;
  kinds?: EventKind[];
  /** Content stems of the question (names, purposes, organisers…). */
  stems?: string[];
  people?: string[];
  /** Stems of the names the question writes with a capital ("the rally at the Kornmarkt"): see `EventFacts.recalledOnly`. */
  names?: string[];
  /**
   * A place named anywhere in an event's report may stand for it (not only its own city): for picking the occasion
   * of a person's words, where extraction may have tied them to a protest the report recalls.
   */
  reportPlaces?: boolean;
}

/** Every date an article states (weekdays resolved against its own date), and its publication date. */
export function articleDates(index: ArchiveIndex, articleId: string): FuzzyDate[] {
  return memoFor(index, 'article-dates', articleId, () => datesOfArticle(index, articleId));
}

function datesOfArticle(index: ArchiveIndex, articleId: string): FuzzyDate[] {
  const a = index.article(articleId);
  const out: FuzzyDate[] = [];
  if (a) {
    const ref = a.date.precision !== 'unknown' ? a.date : undefined;
    if (ref) out.push(ref);
    for (const d of findDates(a.text, ref)) if (d.date.precision !== 'unknown') out.push(d.date);
  }
  return out;
}

/**
 * Folded texts and stem sets of an event, each computed on first use: a question naming a place or a day rules
 * most events out on their place and date alone, so their texts are never folded or stemmed.
 */
class EventFacts {
  readonly #index: ArchiveIndex;
  readonly #e: EventRecord;
  #fullFold?: string;
  #bodyFold?: string;
  #fieldsRough?: string;
  #textLower?: string;
  #where?: string;
  #stems?: StemSet;
  #labelStems?: StemSet;
  #datelines?: string[];
  #cityIsDateline?: boolean;
  #reportDatelines?: string[];
  /** The folded city ('' when none). */
  readonly city: string;
  constructor(index: ArchiveIndex, e: EventRecord) {
    this.#index = index;
    this.#e = e;
    this.city = foldedCity(index, e);
  }
  /** The event's text (see `eventText`), joined again when read: not kept, its folded forms and stems are. */
  get #text(): string {
    return eventText(this.#index, this.#e);
  }
  get fullFold(): string {
    return (this.#fullFold ??= oneByte(` ${fold(this.#text)} `));
  }
  /** A city named only in a dateline ("London, 19 Dec –" over a Paris rally) is where the report was filed, not the event. */
  get bodyFold(): string {
    if (this.#bodyFold === undefined) {
      const text = this.#text;
      const body = text.replace(DATELINE, ' ');
      // (Most events' texts hold no dateline: their body is their whole text, kept once.)
      this.#bodyFold = body === text ? this.fullFold : oneByte(` ${fold(body)} `);
    }
    return this.#bodyFold;
  }
  /** Whether the event's text outside datelines names a place asked; the text is read and folded only when it may. */
  bodyNames(place: PlaceAsked): boolean {
    if (place.key !== undefined && !this.#mayHold(place.key)) return false;
    return this.bodyFold.includes(place.padded);
  }
  /**
   * Whether the event's text may hold a phrase's key word (see `foldedKeyWord`): in its own fields, or in one of its
   * sentences as passage search's postings tell without reading them (a function word, which search leaves out, is
   * looked for in the text).
   */
  #mayHold(key: string): boolean {
    const e = this.#e;
    if ((this.#fieldsRough ??= unaccentLower(eventFields(e).filter(Boolean).join(' . '))).includes(key)) return true;
    // (Its text lowered is kept for this once read: few events are asked a function word, so few keep it.)
    if (STOP_WORDS.has(key)) return (this.#textLower ??= unaccentLower(this.#text)).includes(key);
    const held = sentencesHolding(this.#index, key);
    return eventTextSources(e).some((p) => held.get(p.articleId)?.has(p.sentence) === true);
  }
  get where(): string {
    const e = this.#e;
    return (this.#where ??= oneByte(` ${fold([e.venue, e.city, e.country, e.label].filter(Boolean).join(' '))} `));
  }
  get stems(): StemSet {
    return (this.#stems ??= new StemSet(this.#text));
  }
  /** Like `datelines`, also keeping a dateline that is the city of another gathering in the same report. */
  get reportDatelines(): string[] {
    return (this.#reportDatelines ??= datelinePlaces(this.#index, this.#e, false));
  }
  /** Whether the event's city is the dateline of one of its reports. */
  get cityIsDateline(): boolean {
    const e = this.#e;
    return (this.#cityIsDateline ??= !!this.city && e.sources.some((p) => foldedDateline(this.#index, p.articleId) === this.city));
  }
  get labelStems(): StemSet {
    return (this.#labelStems ??= new StemSet(this.#e.label));
  }
  /** Folded datelines of the event's reports that may stand for its place (see `datelinePlaces`). */
  get datelines(): string[] {
    return (this.#datelines ??= datelinePlaces(this.#index, this.#e));
  }
  /**
   * Whether the only sentences of the event's text that hold a stem recall an occasion of another year: "As in 2031,
   * when a march had set off from the Kornmarkt, …" in the report of a 2034 rally at the Rathausplatz tells where the
   * earlier march was, not this rally. (The event's own fields holding it, a sentence stating the event's own year, or
   * a recurrence, "held there every spring since 2029", leave the stem the event's.) Read once per event.
   */
  recalledOnly(st: string): boolean {
    const r = (this.#recalled ??= recalledText(this.#index, this.#e));
    return r !== NOT_RECALLED && r.recalled.has(st) && !r.own.has(st);
  }
  #recalled?: RecalledText;
}

/** An event's own text (fields and sentences of its own time) and the sentences recalling another year, as stems. */
interface RecalledText {
  own: StemSet;
  recalled: StemSet;
}

/** An event none of whose sentences recalls another year (most): nothing of its text is recalled only. */
const NOT_RECALLED: RecalledText = { own: new StemSet(''), recalled: new StemSet('') };

/** Words that make an earlier year the start of what goes on ("since 2029", "every spring"), not another occasion. */
const RECURRING = /\b(?:since|every|each|annual|annually|yearly|again|still|always|tradition\w*)\b/i;

function recalledText(index: ArchiveIndex, e: EventRecord): RecalledText {
  const year = e.date && e.date.precision !== 'unknown' ? e.date.year : undefined;
  if (year === undefined) return NOT_RECALLED;
  const own: string[] = eventFields(e).filter((x): x is string => !!x);
  const recalled: string[] = [];
  for (const p of eventTextSources(e)) {
    const text = sentenceAt(index, p)?.text ?? '';
    const years = [...text.matchAll(YEAR_WRITTEN_G)].map((m) => Number(m[0]));
    (years.length && !years.includes(year) && !RECURRING.test(text) ? recalled : own).push(text);
  }
  return recalled.length ? { own: new StemSet(own.join(' . ')), recalled: new StemSet(recalled.join(' . ')) } : NOT_RECALLED;
}

const YEAR_WRITTEN_G = new RegExp(YEAR_WRITTEN.source, 'g');

/** The sentences holding a word, per word asked (a few hundred kept per index). */
export function sentencesHolding(index: ArchiveIndex, word: string): Map<string, Set<number>> {
  return memoKept(index, 'sentences-holding', word, WORDS_KEPT, () => index.sentencesWith(word));
}

/** How many words' sentences `sentencesHolding` keeps per index (a common word's run to megabytes at 10,000 reports). */
const WORDS_KEPT = 256;

/** A report's folded dateline ('' when it has none). */
function foldedDateline(index: ArchiveIndex, articleId: string): string {
  const d = index.article(articleId)?.dateline;
  return d ? foldedDatelineText(index, d) : '';
}

/** A dateline as written, folded once per index: thousands of reports share a few hundred datelines. */
function foldedDatelineText(index: ArchiveIndex, dateline: string): string {
  return memoFor(index, 'folded-dateline', dateline, () => fold(dateline));
}

/** An event's folded city ('' when it has none), folded once per index. */
function foldedCity(index: ArchiveIndex, e: EventRecord): string {
  return memoFor(index, 'folded-city', e, () => (e.city ? fold(e.city) : ''));
}

/** Folded datelines of every report in the archive. */
function archiveDatelines(index: ArchiveIndex): Set<string> {
  return memo(index, 'datelines', () => {
    const written = new Set<string>();
    for (const a of index.data.articles) if (a.dateline) written.add(a.dateline);
    return new Set([...written].map((d) => foldedDatelineText(index, d)).filter(Boolean));
  });
}

/**
 * The datelines of an event's reports that can name its place: a "NEW YORK" dateline over a rally in
 * "Manhattan" names the wider city. When the event's own city is a dateline of some report, it is a city in its
 * own right and a different dateline is only where the report was filed ("LONDON" over a Paris rally).
 */
function datelinePlaces(index: ArchiveIndex, e: EventRecord, othersClaim = true): string[] {
  const all = archiveDatelines(index);
  const city = foldedCity(index, e);
  if (city && all.has(city)) return [];
  const out = new Set<string>();
  for (const p of e.sources) {
    const d = foldedDateline(index, p.articleId);
    if (!d || d === city) continue;
    // A report about a gathering in its dateline city that recalls protests elsewhere: the dateline is that gathering's.
    if (othersClaim && eventsOfArticle(index, p.articleId).some((x) => x.id !== e.id && x.city && foldedCity(index, x) === d)) continue;
    out.add(d);
  }
  return [...out];
}

/** Folded texts and stem sets of an event, computed once per index (`at`: its position, when the caller knows it). */
function eventFacts(index: ArchiveIndex, e: EventRecord, cache = factsCache(index), at = cache.positions.get(e)): EventFacts {
  if (at === undefined) return factsOf(index, e);
  let facts = cache.facts[at];
  if (!facts) {
    facts = factsOf(index, e);
    cache.facts[at] = facts;
  }
  return facts;
}

/**
 * The per-index cache of event facts, by position in `index.data.events` (an array read, not a look-up by id:
 * ranking reads it for every event on every question).
 */
interface FactsCache {
  positions: ReadonlyMap<EventRecord, number>;
  facts: Array<EventFacts | undefined>;
}

function factsCache(index: ArchiveIndex): FactsCache {
  return memo(index, 'event-facts', () => ({ positions: eventPositions(index), facts: new Array(index.data.events.length) }));
}

function factsOf(index: ArchiveIndex, e: EventRecord): EventFacts {
  return new EventFacts(index, e);
}

export interface RankedEvent {
  event: EventRecord;
  score: number;
}

const GATHERING_KINDS: ReadonlySet<EventKind> = new Set(['rally', 'demonstration', 'protest', 'gathering', 'commemoration']);

/** A dateline at the start of a text or after a sentence break ("London, 19 Dec –", "NEW YORK, Sept. 25 —"). */
export const DATELINE = /(^|\s\.\s)[A-Z][\p{L} .'’-]{1,40},\s+(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})(?:,?\s*\d{4})?\s*[–—-]+/gu;

const UNREST_KINDS: ReadonlySet<EventKind> = new Set(['uprising', 'protest', 'demonstration']);

/** Stems of words that steer the intent but say nothing about which event ("spoke", "held", "rally"). */
export const SCAFFOLD_STEMS: ReadonlySet<string> = new Set(
  [
    'speak', 'spoke', 'speaker', 'spoken', 'attend', 'attende', 'address', 'organiz', 'organis', 'organiz', 'organize', 'organise',
    'happen', 'held', 'hold', 'took', 'take', 'begin', 'began', 'begun', 'start', 'start', 'end', 'ended', 'date', 'day', 'time',
    'place', 'venue', 'location', 'city', 'event', 'rally', 'demonstration', 'protest', 'gathering', 'rallied', 'ralli', 'demonstrat',
    'gather', 'happened', 'list', 'timeline', 'show', 'which', 'where', 'when', 'who', 'whom', 'exactly', 'front', 'outside', 'near',
    'late', 'early', 'mid', 'former', 'current', 'name', 'join', 'particip', 'participat', 'present', 'talk', 'killed', 'kill',
  ].map(stem),
);

/**
 * Events ranked against what a question says about them. A stated place or date the event contradicts rules
 * it out; the venue and city count more than a word found only in a sentence about it. Only the events near the
 * best come back (see `bestFirst`), or the `limit` best.
 */
export function rankEvents(index: ArchiveIndex, q: EventQuery, limit?: number): readonly RankedEvent[] {
  // One question ranks the same events several times (each answer it tries asks which events it is about): the last
  // few rankings are kept, whole, per index (callers read them, never change them).
  return memoKept(index, 'ranked-events', `${limit ?? ''}:${JSON.stringify(q)}`, RANKINGS_KEPT, () => rankEventsUncached(index, q, limit));
}

/** How many rankings `rankEvents` keeps per index. */
const RANKINGS_KEPT = 16;

function rankEventsUncached(index: ArchiveIndex, q: EventQuery, limit: number | undefined): RankedEvent[] {
  const out: RankedEvent[] = [];
  const top = limit !== undefined ? new TopRanked(limit) : undefined;
  const placeStems = new Set((q.places ?? []).flatMap((p) => words(p).map(stem)));
  const rangeStems = new Set(q.range ? words(q.range.text).map(stem) : []);
  const topicStems = (q.stems ?? []).filter((s) => !SCAFFOLD_STEMS.has(s) && !placeStems.has(s) && !rangeStems.has(s));
  const foldedPlaces = (q.places ?? []).map(fold);
  const askedNames = (q.names ?? []).filter((st) => topicStems.includes(st) && !/\d/.test(st));
  const rangeText = q.range ? ` ${fold(q.range.text)} ` : '';
  const cache = factsCache(index);
  const strict = !q.reportPlaces;
  const asked = foldedPlaces.map((fp) => placeAsked(index, fp, strict));
  const events = index.data.events;
  // A range rules out every event dated outside it: only those dated inside it and those it cannot rule out on their
  // date alone are looked at (in archive order, as a scan of all events would).
  const inRange = q.range ? eventsPossiblyIn(index, q.range) : undefined;
  // A place asked rules out every event it does not fit ('other'): only those it may fit are looked at.
  const only = asked.length ? placesPossible(index, asked, cache, inRange) : inRange;
  const count = only ? only.length : events.length;
  // Ranking every event (no place, no date: "closest in the archive" suggestions): the stems' overlaps are counted
  // from postings of the events' stems instead of asking each event's stem sets.
  const scan = !q.places?.length && !q.range;
  const labelCounts = scan && q.stems?.length ? stemPostings(index, 'label').counts(q.stems) : undefined;
  const topicCounts = scan && topicStems.length ? stemPostings(index, 'text').counts(topicStems) : undefined;
  // (Ranking every event with neither a kind nor a person asked, an event holding none of the stems scores nothing.)
  const stemsOnly = scan && !q.kinds?.length && !q.people?.length;
  for (let i = 0; i < count; i++) {
    const at = only ? (only[i] as number) : i;
    if (stemsOnly && !labelCounts?.[at] && !topicCounts?.[at]) continue;
    const e = events[at] as EventRecord;
    const facts = eventFacts(index, e, cache, at);
    let score = 0;
    let excluded = false;
    let placeOwn = !q.places?.length;
    for (let k = 0; k < asked.length; k++) {
      const fit = placeFit(index, e, asked[k] as PlaceAsked, cache, at);
      if (fit === 'own') {
        score += 3;
        placeOwn = true;
      } else if (fit === 'near') score += 1.5;
      else if (fit === 'other') excluded = true;
      else score -= 1;
    }
    if (excluded) continue;
    if (q.range) {
      if (e.date && e.date.precision !== 'unknown') {
        if (!dateMatchesRange(e.date, q.range)) excluded = true;
        else if (q.range.from === q.range.to && !e.date.day) {
          // "The April 2017 protests" only contain the day asked about: at a place asked about that is not its own, it is
          // background the report recalls, and it ranks below any gathering dated to that very day.
          if (!placeOwn) excluded = true;
          else score += 1;
        } else score += 3;
      } else if (facts.fullFold.includes(rangeText)) score += 2;
      else if (e.sources.some((p) => articleDates(index, p.articleId).some((d) => dateMatchesRange(d, q.range!)))) score += 1.5;
      else excluded = true;
    }
    if (excluded) continue;
    if (q.kinds?.length) {
      if (q.kinds.includes(e.kind)) score += 1.5;
      else if (UNREST_KINDS.has(e.kind) && q.kinds.some((k) => UNREST_KINDS.has(k))) score += 1;
      else if (GATHERING_KINDS.has(e.kind) && q.kinds.some((k) => GATHERING_KINDS.has(k))) score += 1;
    }
    // The words of the event's own label tell apart events that share a place or a date.
    if (q.stems?.length) score += 0.5 * (labelCounts ? (labelCounts[at] as number) : overlap(q.stems, facts.labelStems));
    if (topicStems.length) score += topicCounts ? (topicCounts[at] as number) : overlap(topicStems, facts.stems);
    // A name asked that the event's text writes only where it recalls an occasion of another year is not the event's.
    if (askedNames.length && (!topicCounts || topicCounts[at])) for (const st of askedNames) if (facts.stems.has(st) && facts.recalledOnly(st)) score -= 1;
    for (const p of q.people ?? []) if (e.speakers.includes(p)) score += 2;
    if (score > 0) {
      if (top) top.offer(e, score);
      else out.push({ event: e, score });
    }
  }
  return top ? top.items : bestFirst(out);
}

/**
 * The `limit` best of the events offered, in the order `bestFirst` gives them, kept while they are scored: an event
 * that would not enter them is never kept (as `topK` over all of them, offered in the same order).
 */
class TopRanked {
  readonly items: RankedEvent[] = [];
  readonly #k: number;
  constructor(k: number) {
    this.#k = k;
  }
  offer(event: EventRecord, score: number): void {
    const top = this.items;
    const k = this.#k;
    if (k <= 0) return;
    const iso = event.date?.iso ?? '';
    if (top.length === k && !beats(score, iso, top[k - 1] as RankedEvent)) return;
    let at = top.length;
    while (at > 0 && beats(score, iso, top[at - 1] as RankedEvent)) at--;
    top.splice(at, 0, { event, score });
    if (top.length > k) top.pop();
  }
}

/** Whether an event scored `score`, dated `iso`, comes before `r` in `bestFirst`'s order (ties keep the earlier offered first). */
function beats(score: number, iso: string, r: RankedEvent): boolean {
  return r.score - score < 0 || (r.score === score && byCodeUnit(iso, r.event.date?.iso ?? '') < 0);
}

/**
 * The best of the scored events, best first (ties: earlier date, then archive order). Thousands can score above 0 and
 * sorting them all was most of a ranking's time, so only those a caller reads are sorted: those near the best (0.6 of
 * its score or within 0.75 of it: what `matchedEvents` and `topEvents` keep) and at least the three best. (A ranking
 * with a limit keeps its best while scoring: see `TopRanked`, which orders them alike.)
 */
function bestFirst(out: RankedEvent[]): RankedEvent[] {
  // ISO dates ("2019-11-16", "2019-11", "--11-16") order alike by code unit and by locale, and the first is far cheaper.
  const order = (a: RankedEvent, b: RankedEvent) => b.score - a.score || byCodeUnit(a.event.date?.iso ?? '', b.event.date?.iso ?? '');
  let best = 0;
  for (const r of out) if (r.score > best) best = r.score;
  const floor = Math.min(best * 0.6, best - 0.75);
  const near = out.filter((r) => r.score >= floor).sort(order);
  if (near.length < 3) near.push(...topK(out.filter((r) => r.score < floor), 3 - near.length, order));
  return near;
}

/** The first `k` of `items` as a stable sort by `order` would put them, without sorting the rest. */
export function topK<T>(items: readonly T[], k: number, order: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const x of items) {
    if (top.length === k && order(x, top[k - 1] as T) >= 0) continue;
    // After every kept item it does not beat (ties keep the earlier item first, as a stable sort does).
    let at = top.length;
    while (at > 0 && order(x, top[at - 1] as T) < 0) at--;
    top.splice(at, 0, x);
    if (top.length > k) top.pop();
  }
  return top;
}

const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** `YYYY-MM-DD` as the number YYYYMMDD (same order as the strings), or NaN for any other form. */
function dayNumber(isoDay: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDay) ? Number(isoDay.slice(0, 4)) * 10000 + Number(isoDay.slice(5, 7)) * 100 + Number(isoDay.slice(8, 10)) : NaN;
}

/**
 * `dateSpan` as YYYYMMDD numbers, worked out from the date's numbers (NaN, NaN when it has none, or a part that
 * would not be written as four, two and two digits).
 */
function spanNumbers(d: FuzzyDate): [number, number] {
  const y = d.year;
  if (!y || y < 1000 || y > 9999 || !Number.isInteger(y)) return [NaN, NaN];
  const m = d.month;
  if (m && (m < 1 || m > 99 || !Number.isInteger(m))) return [NaN, NaN];
  if (d.precision === 'day' && m && d.day) {
    if (d.day < 1 || d.day > 99 || !Number.isInteger(d.day)) return [NaN, NaN];
    const n = y * 10000 + m * 100 + d.day;
    return [n, n];
  }
  if (m) return [y * 10000 + m * 100 + 1, y * 10000 + m * 100 + new Date(Date.UTC(y, m, 0)).getUTCDate()];
  return [y * 10000 + 101, y * 10000 + 1231];
}

/**
 * The events' date spans, built once per index: the events whose date has a year, ordered by the first day they cover
 * (as YYYYMMDD numbers), and the positions of all others (undated, or a day and month without a year), which a range
 * cannot rule out on their span alone.
 */
interface EventSpans {
  /** Positions of the events with a span, by first day. */
  byStart: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** The widest span, end − start as numbers. */
  widest: number;
  /** Positions of the other events, ascending. */
  rest: Int32Array;
}

function eventSpans(index: ArchiveIndex): EventSpans {
  return memo(index, 'event-spans', () => {
    const spanned: Array<{ at: number; start: number; end: number }> = [];
    const rest: number[] = [];
    index.data.events.forEach((e, at) => {
      const [start, end] = e.date && e.date.precision !== 'unknown' ? spanNumbers(e.date) : [NaN, NaN];
      if (Number.isNaN(start) || Number.isNaN(end) || end < start) rest.push(at);
      else spanned.push({ at, start, end });
    });
    spanned.sort((a, b) => a.start - b.start || a.at - b.at);
    let widest = 0;
    for (const x of spanned) widest = Math.max(widest, x.end - x.start);
    return {
      byStart: Int32Array.from(spanned, (x) => x.at),
      starts: Int32Array.from(spanned, (x) => x.start),
      ends: Int32Array.from(spanned, (x) => x.end),
      widest,
      rest: Int32Array.from(rest),
    };
  });
}

/**
 * Positions (ascending) of the events a range does not rule out on their date. With a year: those whose span overlaps
 * it and those without a span. Without ("on March 7"): those without a known date and those dated in a month it
 * covers (a known date without a month, or of another month, is not in it). Undefined when neither can be told (every
 * event is looked at).
 */
export function eventsPossiblyIn(index: ArchiveIndex, range: DateRange): Int32Array | undefined {
  if (range.from.startsWith('--') && range.to.startsWith('--')) return eventsPossiblyOnDays(index, range);
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined;
  const { byStart, starts, ends, widest, rest } = eventSpans(index);
  // First event starting at or after `from − widest` (any earlier one ends before `from`).
  let lo = 0;
  let hi = starts.length;
  const low = from - widest;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < low) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = Array.from(rest);
  for (let k = lo; k < starts.length && (starts[k] as number) <= to; k++) if ((ends[k] as number) >= from) out.push(byStart[k] as number);
  const sorted = Int32Array.from(out);
  sorted.sort();
  return sorted;
}

/** `eventsPossiblyIn` for a range of days and months without a year ("--03-07" to "--03-07"). */
function eventsPossiblyOnDays(index: ArchiveIndex, range: DateRange): Int32Array | undefined {
  const first = Number(range.from.slice(2, 4));
  const last = Number(range.to.slice(2, 4));
  if (!(first >= 1 && last <= 12 && first <= last)) return undefined;
  const { undated, byMonth } = eventMonths(index);
  const lists = [undated];
  for (let m = first; m <= last; m++) lists.push(byMonth[m] ?? []);
  const out = Int32Array.from(lists.flat());
  out.sort();
  return out;
}

/** Positions (ascending) of the events without a known date, and of those with a known date by its month (1–12). */
function eventMonths(index: ArchiveIndex): { undated: number[]; byMonth: number[][] } {
  return memo(index, 'event-months', () => {
    const undated: number[] = [];
    const byMonth: number[][] = Array.from({ length: 13 }, () => []);
    index.data.events.forEach((e, at) => {
      if (!e.date || e.date.precision === 'unknown') undated.push(at);
      else if (e.date.month) byMonth[e.date.month]?.push(at);
    });
    return { undated, byMonth };
  });
}

/**
 * Which events' stem sets (of their label, or of their whole text) hold a stem, built once per index: `counts(stems)`
 * gives per event position what `overlap(stems, set)` gives for each event's set, typos included (a stem of five
 * letters or more without digits is also held by a set holding a stem `similarWord` to it).
 */
class StemPostings {
  readonly #postings = new Map<string, number[]>();
  readonly #size: number;
  /** Positions holding each asked stem, typos included (kept per stem asked; emptied when large). */
  readonly #asked = new Map<string, Int32Array>();
  constructor(sets: StemSet[]) {
    this.#size = sets.length;
    sets.forEach((set, at) => {
      for (const st of set.stems) {
        const list = this.#postings.get(st);
        if (list) list.push(at);
        else this.#postings.set(st, [at]);
      }
    });
  }
  #holding(st: string): Int32Array {
    let found = this.#asked.get(st);
    if (found) return found;
    const marks = new Uint8Array(this.#size);
    for (const at of this.#postings.get(st) ?? []) marks[at] = 1;
    if (st.length >= 5 && !/\d/.test(st)) {
      for (const [t, list] of this.#postings) {
        if (t === st || Math.abs(t.length - st.length) > 2 || !similarWord(st, t)) continue;
        for (const at of list) marks[at] = 1;
      }
    }
    const out: number[] = [];
    for (let at = 0; at < marks.length; at++) if (marks[at]) out.push(at);
    found = Int32Array.from(out);
    if (this.#asked.size >= 5000) this.#asked.clear();
    this.#asked.set(st, found);
    return found;
  }
  counts(stems: string[]): Int32Array {
    const n = new Int32Array(this.#size);
    for (const st of stems) for (const at of this.#holding(st)) n[at] = (n[at] as number) + 1;
    return n;
  }
}

/** Per event position, how many of `stems` the event's label or text holds (as `overlap` counts them). */
export function eventStemCounts(index: ArchiveIndex, of: 'label' | 'text', stems: string[]): Int32Array {
  return stemPostings(index, of).counts(stems);
}

function stemPostings(index: ArchiveIndex, of: 'label' | 'text'): StemPostings {
  return memo(index, `event-stem-postings:${of}`, () => {
    const cache = factsCache(index);
    return new StemPostings(index.data.events.map((e, at) => {
      const facts = eventFacts(index, e, cache, at);
      return of === 'label' ? facts.labelStems : facts.stems;
    }));
  });
}

/**
 * Reads ahead, for every event, what ranking reads of it on first use (its place, datelines, label and text stems),
 * a chunk of events per step: see `warmIndex`.
 */
export function* warmEvents(index: ArchiveIndex, chunk: number): Generator<void> {
  knownCities(index);
  eventSpans(index);
  eventMonths(index);
  const cache = factsCache(index);
  const events = index.data.events;
  for (let at = 0; at < events.length; at++) {
    const facts = eventFacts(index, events[at] as EventRecord, cache, at);
    void facts.where, facts.datelines, facts.reportDatelines, facts.cityIsDateline, facts.labelStems, facts.stems, facts.bodyFold, facts.fullFold;
    // An undated event is placed in a period asked by the dates its reports state.
    const e = events[at] as EventRecord;
    if (!e.date || e.date.precision === 'unknown') for (const p of e.sources) articleDates(index, p.articleId);
    if ((at + 1) % chunk === 0) yield;
  }
  stemPostings(index, 'label');
  yield;
  stemPostings(index, 'text');
  yield;
  placeLookup(index, cache);
  // The places a question most likely names, each fitted to every event (as a first question naming it would), half
  // as many as are kept, one a step: the cities most events are in, then the one-word places the archive knows that
  // the most sentences write (the towns of the tolls).
  const eventsIn = new Map<string, number>();
  for (const e of events) if (e.city) eventsIn.set(foldedCity(index, e), (eventsIn.get(foldedCity(index, e)) ?? 0) + 1);
  const known = knownCities(index);
  const cities = [...eventsIn].filter(([fp]) => known.has(fp)).sort((a, b) => b[1] - a[1]).map(([fp]) => fp);
  const taken = new Set(cities);
  const towns = [...lexiconOf(index).places.keys()]
    .filter((fp) => !taken.has(fp) && !fp.includes(' ') && !STOP_WORDS.has(fp))
    .map((fp) => [fp, index.documentFrequency(fp).df] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([fp]) => fp);
  // Each twice: as the place an event was in, and as a place its reports may only name (a speaker's words "at the
  // rally in Lyon": see `reportPlaces`), so half of the places kept are read ahead.
  for (const strict of [true, false]) {
    for (const fp of [...cities, ...towns].slice(0, PLACES_KEPT / 4)) {
      yield;
      const place = placeAsked(index, fp, strict);
      if (!place.filled) fillFits(index, place, cache);
    }
  }
}

/** Folded names of cities: the cities of events and the datelines of reports, less anything recorded as a country. */
export function knownCities(index: ArchiveIndex): ReadonlySet<string> {
  return memo(index, 'known-cities', () => {
    const countries = new Set(index.data.events.map((e) => (e.country ? fold(e.country) : '')));
    const out = new Set<string>();
    for (const e of index.data.events) if (e.city) out.add(foldedCity(index, e));
    for (const d of archiveDatelines(index)) out.add(d);
    for (const c of countries) out.delete(c);
    out.delete('');
    return out;
  });
}

/**
 * How a folded place asked about fits an event: its own venue, city, country or label ('own'); named in its report or
 * the dateline standing for its city ('near'); a different city than the event's own ('other'); or not at all
 * ('none', or 'other' when the event has a place of its own). A report about a rally in one city often recalls
 * protests elsewhere: the city it names is not where those protests were.
 */
function placeFit(index: ArchiveIndex, e: EventRecord, place: PlaceAsked, cache = factsCache(index), at = cache.positions.get(e)): PlaceFit {
  // Remembered per place asked (the same cities come back question after question): one byte per event.
  if (at === undefined) return placeFitOf(index, e, place, cache, at);
  const known = place.fits[at] as number;
  if (known) return FITS[known - 1] as PlaceFit;
  const fit = placeFitOf(index, e, place, cache, at);
  place.fits[at] = FITS.indexOf(fit) + 1;
  return fit;
}

/**
 * Works out a new place's fit with every event at once. Only the events it may fit are tested one by one: those whose
 * venue, city, country or label write it, whose reports carry it as their dateline, or whose own fields or sentences
 * hold its key word (as the passage index tells); every other event fits as one that names it nowhere does — 'other'
 * when it has a place of its own, else 'none' (see `placeFitOf`). A place without a key word, or whose key is a
 * function word the passage index leaves out, is tested against every event as it is asked.
 */
function fillFits(index: ArchiveIndex, place: PlaceAsked, cache: FactsCache): void {
  place.filled = true;
  const key = place.key;
  if (key === undefined || STOP_WORDS.has(key)) return;
  const lookup = placeLookup(index, cache);
  const events = index.data.events;
  const maybe = new Uint8Array(events.length);
  lookup.where.mark(place.padded, maybe);
  lookup.fields.mark(key, maybe);
  for (const at of lookup.byDateline.get(place.fp) ?? []) maybe[at] = 1;
  for (const [articleId, sentences] of sentencesHolding(index, key)) {
    const pairs = lookup.bySentence.get(articleId);
    if (!pairs) continue;
    for (let k = 0; k < pairs.length; k += 2) if (sentences.has(pairs[k + 1] as number)) maybe[pairs[k] as number] = 1;
  }
  const fits = place.fits;
  const possible: number[] = [];
  for (let at = 0; at < events.length; at++) {
    if (!fits[at]) {
      const e = events[at] as EventRecord;
      const fit = maybe[at] ? placeFitOf(index, e, place, cache, at) : e.venue || e.city ? 'other' : 'none';
      fits[at] = FITS.indexOf(fit) + 1;
    }
    if (fits[at] !== OTHER) possible.push(at);
  }
  place.possible = Int32Array.from(possible);
}

/** How many events a ranking must look at before a new place's fit is worked out with every event at once. */
const FILL_FROM = 2000;

/**
 * Positions (ascending) of the events that every place asked may fit (own, near or none: an event none of whose fits
 * is 'other'), within `within` when given; undefined when a place cannot be looked up (see `fillFits`), and then
 * every event is tested. A period that leaves fewer than `FILL_FROM` events is not narrowed further: those are tested
 * one by one as the ranking reaches them.
 */
function placesPossible(index: ArchiveIndex, asked: readonly PlaceAsked[], cache: FactsCache, within: Int32Array | undefined): Int32Array | undefined {
  // A few events dated in the period asked are tested one by one (a new place's fit with every event costs more).
  if (within && within.length < FILL_FROM) return within;
  let out = within;
  for (const place of asked) {
    if (!place.filled) fillFits(index, place, cache);
    if (!place.possible) return within;
    out = out ? intersectSorted(out, place.possible) : place.possible;
  }
  return out;
}

/** The positions two ascending lists share, ascending. */
function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Int32Array.from(out);
}

/** Per index, what `fillFits` looks a place up in (built on first use, or when reading ahead). */
interface PlaceLookup {
  /** Every event's `where` text. */
  where: TextPool;
  /** Every event's fields as `#mayHold` reads them. */
  fields: TextPool;
  /** Positions of the events with a report whose folded dateline is the key. */
  byDateline: Map<string, number[]>;
  /** Per report, pairs of (event position, sentence) for the sentences `eventText` reads. */
  bySentence: Map<string, number[]>;
}

function placeLookup(index: ArchiveIndex, cache: FactsCache): PlaceLookup {
  return memo(index, 'place-lookup', () => {
    const events = index.data.events;
    const byDateline = new Map<string, number[]>();
    const bySentence = new Map<string, number[]>();
    const push = (m: Map<string, number[]>, k: string, ...xs: number[]) => {
      const list = m.get(k);
      if (list) list.push(...xs);
      else m.set(k, xs);
    };
    events.forEach((e, at) => {
      const datelines = new Set(e.sources.map((p) => foldedDateline(index, p.articleId)).filter(Boolean));
      for (const d of datelines) push(byDateline, d, at);
      for (const p of eventTextSources(e)) push(bySentence, p.articleId, at, p.sentence);
    });
    return {
      where: new TextPool(events.map((e, at) => eventFacts(index, e, cache, at).where)),
      fields: new TextPool(events.map((e) => unaccentLower(eventFields(e).filter(Boolean).join(' . ')))),
      byDateline,
      bySentence,
    };
  });
}

/** Many short texts in one string, to find which of them hold a phrase with one scan (`indexOf`), not one test each. */
class TextPool {
  readonly #all: string;
  readonly #starts: Int32Array;
  constructor(texts: readonly string[]) {
    const starts = new Int32Array(texts.length);
    let at = 0;
    texts.forEach((t, i) => {
      starts[i] = at;
      at += t.length + 1;
    });
    // A separator no phrase looked for holds: a match never runs from one text into the next.
    this.#all = texts.join('\u0001');
    this.#starts = starts;
  }
  /** Marks (1) in `into` the positions of the texts that hold `phrase`. */
  mark(phrase: string, into: Uint8Array): void {
    if (!phrase) return;
    const all = this.#all;
    const starts = this.#starts;
    for (let from = all.indexOf(phrase); from >= 0; from = all.indexOf(phrase, from + 1)) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= from) lo = mid;
        else hi = mid - 1;
      }
      into[lo] = 1;
    }
  }
}

type PlaceFit = 'own' | 'near' | 'other' | 'none';
const FITS: readonly PlaceFit[] = ['own', 'near', 'other', 'none'];
/** `PlaceAsked.fits`' code of 'other'. */
const OTHER = FITS.indexOf('other') + 1;
/** How many places' fits are kept per index (a place is 1 byte per event); past that the oldest is forgotten. */
const PLACES_KEPT = 512;

/**
 * A folded place asked about, with what every event's test against it reads (worked out once per place, not once
 * per event: a new place is tested against every event of the archive) and its fits found so far.
 */
interface PlaceAsked {
  fp: string;
  /** ` ${fp} `, as looked for in folded texts. */
  padded: string;
  /** See `foldedKeyWord`. */
  key: string | undefined;
  /** Whether the archive knows it as a city (see `knownCities`). */
  knownCity: boolean;
  /** Ruled out, as a city the events of other cities are not in, with the dateline rule (see `placeFitOf`). */
  strict: boolean;
  /** Per event position: 0 not yet known, else 1 + the index of its fit in `FITS`. */
  fits: Uint8Array;
  /** Whether `fillFits` has been run for it. */
  filled: boolean;
  /** Positions of the events it may fit (not 'other'), ascending: set by `fillFits` when it could work out every fit. */
  possible?: Int32Array;
}

function placeAsked(index: ArchiveIndex, fp: string, strict: boolean): PlaceAsked {
  return memoKept(index, 'place-fits', `${strict ? 's' : 'r'}:${fp}`, PLACES_KEPT, () => ({
    fp,
    padded: ` ${fp} `,
    key: foldedKeyWord(fp),
    knownCity: knownCities(index).has(fp),
    strict,
    fits: new Uint8Array(index.data.events.length),
    filled: false,
  }));
}

function placeFitOf(index: ArchiveIndex, e: EventRecord, place: PlaceAsked, cache: FactsCache, at: number | undefined): PlaceFit {
  const facts = eventFacts(index, e, cache, at);
  const { fp, strict } = place;
  const city = facts.city;
  if (facts.where.includes(place.padded)) return 'own';
  if (facts.datelines.includes(fp)) return 'near';
  if (!strict && facts.reportDatelines.includes(fp)) return 'near';
  // An event whose city is its own report's dateline may have been placed where the report was filed: its text decides.
  if (strict && city && city !== fp && place.knownCity && !facts.cityIsDateline) return 'other';
  if (facts.bodyNames(place)) return 'near';
  return e.venue || e.city ? 'other' : 'none';
}

/** Whether an event is clearly somewhere else than the places asked about (it has a venue or city, and none of them fits). */
export function placeConflict(index: ArchiveIndex, e: EventRecord, places: string[]): boolean {
  if (!places.length || !(e.venue || e.city)) return false;
  return places.some((p) => placeFit(index, e, placeAsked(index, fold(p), true)) === 'other');
}

/**
 * `placeConflict` for many events against the same places: the places are folded and their remembered fits looked up
 * once, and each event's answer is kept by its position for the caller's loop (counting tests every figure's event).
 */
export function placeConflictWith(index: ArchiveIndex, places: string[]): (e: EventRecord) => boolean {
  if (!places.length) return () => false;
  const cache = factsCache(index);
  const asked = places.map((p) => placeAsked(index, fold(p), true));
  // 0 not yet known, 1 no conflict, 2 conflict.
  const known = new Uint8Array(index.data.events.length);
  return (e) => {
    if (!(e.venue || e.city)) return false;
    const at = cache.positions.get(e);
    if (at === undefined) return placeConflict(index, e, places);
    const k = known[at] as number;
    if (k) return k === 2;
    const conflict = asked.some((place) => placeFit(index, e, place, cache, at) === 'other');
    known[at] = conflict ? 2 : 1;
    return conflict;
  };
}

/** The events that match about as well as the best one (several when the question is ambiguous). */
export function topEvents(ranked: readonly RankedEvent[], minScore: number, slack = 0.75): RankedEvent[] {
  const best = ranked[0];
  if (!best || best.score < minScore) return [];
  return ranked.filter((r) => r.score >= best.score - slack);
}

/**
 * Whether a sentence opens on another place than those asked and never names them: "In Kastel, nearly 30,000 people
 * gathered" tells of Kastel, not of the Port Alden march its report also covers.
 */
export function opensElsewhere(places: string[] | undefined, text: string): boolean {
  if (!places?.length) return false;
  const m = OPENS_IN_PLACE.exec(text);
  if (!m) return false;
  const here = ` ${fold(m[1] as string)} `;
  const body = ` ${fold(text)} `;
  return !places.some((p) => here.includes(` ${fold(p)} `) || body.includes(` ${fold(p)} `));
}

/** Whether a sentence names every place asked about other than in its dateline (where the report was filed). */
export function namesPlacesInBody(places: string[] | undefined, text: string): boolean {
  if (!places?.length) return true;
  const body = ` ${fold(text.replace(DATELINE, ' '))} `;
  return places.every((p) => body.includes(` ${fold(p)} `));
}
