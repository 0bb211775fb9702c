/**
 * Narrowing a large archive through the structured index: the reports of the events that sit where, when and with
 * whom the question puts them. Each constraint the question states (a place, a day or a month, a body that
 * organised, a person who spoke) picks the events that hold it; the events that hold the most of them lead.
 */
import type { ArchiveIndex } from '../../index/archive-index.ts';
import type { EventRecord, QuestionAnalysis, DateRange } from '../../domain/types.ts';
import { dateMatchesRange } from '../../understand/question-dates.ts';
import { tokenize, type Token } from '../../understand/vocabulary.ts';
import { eventPositions, memo } from '../memo.ts';

/** A period asked is looked up day by day when it is at most this long. */
const MAX_DAYS = 31;

/**
 * Article ids of the events that fit the most of the question's constraints, best first (at most `limit`), and
 * whether those events fit every one of two or more constraints asked (a place and a day, a body and a day…).
 */
export function eventReportIds(a: QuestionAnalysis, index: ArchiveIndex, limit: number): { ids: string[]; allConstraints: boolean } {
  const lists: EventRecord[][] = [];
  const places = a.terms.filter((t) => t.locative);
  if (places.length) {
    const byPlace = eventsByPlace(index);
    lists.push(places.flatMap((t) => byPlace.get(t.key) ?? []));
  }
  const onDays = a.range ? eventsInRange(index, a.range) : undefined;
  if (onDays) lists.push(onDays);
  if (a.bodies?.length) {
    const phrases = a.bodies.map((b) => ` ${b.join(' ')} `);
    lists.push(organisedBy(index).filter(([folded]) => phrases.some((p) => folded.includes(p))).flatMap(([, es]) => es));
  }
  if (a.subject && !a.subject.group) {
    const bySpeaker = eventsBySpeakerWord(index);
    const words = tokenize(a.subject.text).filter((t) => t.cap && t.fold.length > 2);
    const last = words[words.length - 1];
    if (last) lists.push(bySpeaker.get(last.fold) ?? []);
  }
  if (!lists.length) return { ids: [], allConstraints: false };
  // How many of the lists hold each event, the events in the order first found (a common city's list holds thousands).
  const at = eventPositions(index);
  const hits = new Uint8Array(index.data.events.length);
  const found: EventRecord[] = [];
  for (const list of lists) {
    const seen = new Uint8Array(index.data.events.length);
    for (const e of list) {
      const k = at.get(e) as number;
      if (seen[k]) continue;
      seen[k] = 1;
      if (!hits[k]) found.push(e);
      hits[k] = (hits[k] as number) + 1;
    }
  }
  // A date the question names must not be contradicted by the event's own.
  const r = a.range;
  const fits = (e: EventRecord) => !r || !e.date || e.date.precision === 'unknown' || dateMatchesRange(e.date, r);
  // The events that hold the most of the constraints asked (a record may lack one: its organiser not stated), in the
  // order they were found (no sort: every other event is passed over). The most any fitting event holds is found from
  // the top down, so the date is checked only of the events that may hold that many.
  let best = 0;
  for (let n = lists.length; n >= 1 && !best; n--) for (const e of found) if (hits[at.get(e) as number] === n && fits(e)) { best = n; break; }
  const ids: string[] = [];
  for (const e of found) {
    if (hits[at.get(e) as number] !== best || !fits(e)) continue;
    for (const s of e.sources) if (!ids.includes(s.articleId)) ids.push(s.articleId);
    if (ids.length >= limit) break;
  }
  return { ids: ids.slice(0, limit), allConstraints: lists.length >= 2 && best === lists.length };
}

/** Builds the per-index tables the narrowing reads (see `warmIndex`). */
export function warmEventLookups(index: ArchiveIndex): void {
  eventsByPlace(index);
  eventsByCalendar(index);
  organisedBy(index);
  eventsBySpeakerWord(index);
}

/** Events by the keys of their city and venue words (memoised per index). */
function eventsByPlace(index: ArchiveIndex): Map<string, EventRecord[]> {
  return memo(index, 'reader-events-by-place', () => {
    const m = new Map<string, EventRecord[]>();
    const tokensOf = tokenizeOnce();
    for (const e of index.data.events) {
      const keys = new Set([...tokensOf(e.city ?? ''), ...tokensOf(e.venue ?? '')].filter((t) => t.cap).map((t) => t.key));
      for (const k of keys) push(m, k, e);
    }
    return m;
  });
}

/** Events by "MM-DD" of their day, or "MM" of their month when no day is known (memoised per index). */
function eventsByCalendar(index: ArchiveIndex): Map<string, EventRecord[]> {
  return memo(index, 'reader-events-by-calendar', () => {
    const m = new Map<string, EventRecord[]>();
    for (const e of index.data.events) {
      const d = e.date;
      if (!d?.month) continue;
      push(m, d.day ? `${pad(d.month)}-${pad(d.day)}` : pad(d.month), e);
    }
    return m;
  });
}

/** The events whose date falls in a period of at most a month (undefined for longer periods). */
function eventsInRange(index: ArchiveIndex, r: DateRange): EventRecord[] | undefined {
  const from = r.from.slice(-5);
  const to = r.to.slice(-5);
  const start = Date.UTC(2000, Number(from.slice(0, 2)) - 1, Number(from.slice(3)));
  const end = Date.UTC(2000, Number(to.slice(0, 2)) - 1, Number(to.slice(3)));
  if (!(end >= start) || (end - start) / 86_400_000 >= MAX_DAYS) return undefined;
  const cal = eventsByCalendar(index);
  // A dated event's day lies in its own year: one of a year the range does not hold is passed over unread.
  const y1 = r.from.startsWith('--') ? -Infinity : Number(r.from.slice(0, 4));
  const y2 = r.from.startsWith('--') ? Infinity : Number(r.to.slice(0, 4));
  const out = new Set<EventRecord>();
  const months = new Set<string>();
  for (let t = start; t <= end; t += 86_400_000) {
    const d = new Date(t);
    const mm = pad(d.getUTCMonth() + 1);
    // (The events dated by month alone are read on the first day of their month the period holds.)
    const keys = months.has(mm) ? [`${mm}-${pad(d.getUTCDate())}`] : [`${mm}-${pad(d.getUTCDate())}`, mm];
    months.add(mm);
    for (const key of keys) {
      for (const e of cal.get(key) ?? []) {
        const y = e.date?.year;
        if (y !== undefined && (y < y1 || y > y2)) continue;
        if (dateMatchesRange(e.date, r)) out.add(e);
      }
    }
  }
  return [...out];
}

/** Events with the folded text of their organisers (memoised per index). */
function organisedBy(index: ArchiveIndex): [string, EventRecord[]][] {
  return memo(index, 'reader-events-by-organiser', () => {
    const m = new Map<string, EventRecord[]>();
    for (const e of index.data.events) {
      for (const o of e.organisers) push(m, ` ${tokenize(o).map((t) => t.fold).join(' ')} `, e);
    }
    return [...m];
  });
}

/** Events by each folded word of the names of the people who spoke at them (memoised per index). */
function eventsBySpeakerWord(index: ArchiveIndex): Map<string, EventRecord[]> {
  return memo(index, 'reader-events-by-speaker', () => {
    const byId = new Map(index.data.speakers.map((s) => [s.id, s]));
    const m = new Map<string, EventRecord[]>();
    const tokensOf = tokenizeOnce();
    for (const e of index.data.events) {
      const words = new Set(e.speakers.flatMap((id) => tokensOf(byId.get(id)?.name ?? '').map((t) => t.fold)));
      for (const w of words) push(m, w, e);
    }
    return m;
  });
}

/** `tokenize`, each distinct text read once (the same cities, venues and names recur across thousands of events). */
function tokenizeOnce(): (text: string) => readonly Token[] {
  const seen = new Map<string, readonly Token[]>();
  return (text) => {
    let tokens = seen.get(text);
    if (!tokens) seen.set(text, (tokens = tokenize(text)));
    return tokens;
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
