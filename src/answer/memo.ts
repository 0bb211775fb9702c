import type { ArchiveIndex } from '../index/archive-index.ts';
import type { EventRecord, Figure, FigureConflict, Quote, Speaker } from '../domain/types.ts';

// Per-index memo of derived values (event texts, stem sets, figure dates). Keyed weakly by the index,
// so a swapped-out index takes its cache with it; an index is immutable once built, so nothing goes stale.
const store = new WeakMap<ArchiveIndex, Map<string, unknown>>();

/**
 * A function of a string that keeps its last result: what a question asks is read from its words once, not again for
 * each of the hundreds of sentences the question's reports are read in. (Its results are shared: never changed.)
 */
export function keepLast<T>(read: (s: string) => T): (s: string) => T {
  let lastFrom: string | undefined;
  let last: T | undefined;
  return (s) => {
    if (s !== lastFrom || last === undefined) {
      last = read(s);
      lastFrom = s;
    }
    return last;
  };
}

/** The value `make()` computes for `key` on this index, computed once. */
export function memo<T>(index: ArchiveIndex, key: string, make: () => T): T {
  let m = store.get(index);
  if (!m) {
    m = new Map();
    store.set(index, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const v = make();
  m.set(key, v);
  return v;
}

/**
 * The value `make()` computes for one item (a figure, an article id…) under `name`, computed once per index. Items
 * are looked up by identity in a map of their own: asked for every figure of a measure on every question, a key
 * built as a string (`figure:${id}`) cost more than the lookup it keyed.
 */
export function memoFor<K, T>(index: ArchiveIndex, name: string, item: K, make: () => T): T {
  const m = memo(index, name, () => new Map<K, T>());
  let v = m.get(item);
  if (v === undefined && !m.has(item)) {
    v = make();
    m.set(item, v);
  }
  return v as T;
}

/**
 * `memoFor` for keys a question brings (a place, a word, a query): only the `kept` newest are held per index, the
 * oldest forgotten first, so a long-running bot asked about ever new places does not grow without end.
 */
export function memoKept<T>(index: ArchiveIndex, name: string, key: string, kept: number, make: () => T): T {
  const m = memo(index, name, () => new Map<string, T>());
  let v = m.get(key);
  if (v === undefined) {
    if (m.size >= kept) m.delete(m.keys().next().value as string);
    v = make();
    m.set(key, v);
  }
  return v;
}

/** Groups items by key once per index (lists keep the archive's order). */
export function groupOnce<T>(index: ArchiveIndex, name: string, items: readonly T[], keysOf: (x: T) => Iterable<string>): Map<string, T[]> {
  return memo(index, name, () => {
    const m = new Map<string, T[]>();
    for (const x of items) {
      for (const k of new Set(keysOf(x))) {
        const list = m.get(k);
        if (list) list.push(x);
        else m.set(k, [x]);
      }
    }
    return m;
  });
}

/** Each event's position in `index.data.events` (once per index). */
export function eventPositions(index: ArchiveIndex): ReadonlyMap<EventRecord, number> {
  return memo(index, 'event-positions', () => new Map(index.data.events.map((e, i) => [e, i])));
}

/** Builds the groupings below (see `warmIndex`). */
export function warmGroups(index: ArchiveIndex): void {
  eventPositions(index);
  quotesOfSpeaker(index, '');
  eventsOfArticle(index, '');
  figuresOfEvent(index, '');
  conflictsOfMeasure(index, '');
  speakersInArticles(index, []);
}

/** A speaker's quotes, in archive order. */
export function quotesOfSpeaker(index: ArchiveIndex, speakerId: string): Quote[] {
  return groupOnce(index, 'quotes-by-speaker', index.data.quotes, (q) => (q.speakerId ? [q.speakerId] : [])).get(speakerId) ?? [];
}

/** The figures linked to an event, in archive order. */
export function figuresOfEvent(index: ArchiveIndex, eventId: string): Figure[] {
  return groupOnce(index, 'figures-by-event', index.data.figures, (f) => (f.eventId ? [f.eventId] : [])).get(eventId) ?? [];
}

/** The events with a source in an article, in archive order. */
export function eventsOfArticle(index: ArchiveIndex, articleId: string): EventRecord[] {
  return groupOnce(index, 'events-by-article', index.data.events, (e) => e.sources.map((p) => p.articleId)).get(articleId) ?? [];
}

/** The disagreements between figures of one measure, in archive order (a count question reads its measure's only). */
export function conflictsOfMeasure(index: ArchiveIndex, measure: string): FigureConflict[] {
  return groupOnce(index, 'conflicts-by-measure', index.data.conflicts, (c) => [c.measure]).get(measure) ?? [];
}

/** Each speaker's place in the archive's list, by id (memoised per index). */
export function speakerPositions(index: ArchiveIndex): ReadonlyMap<string, number> {
  return memo(index, 'speaker-position', () => new Map(index.data.speakers.map((s, i) => [s.id, i])));
}

/** The speakers mentioned, quoted or given a role in any of these articles, in archive order. */
export function speakersInArticles(index: ArchiveIndex, articleIds: Iterable<string>): Speaker[] {
  const by = groupOnce(index, 'speakers-by-article', index.data.speakers, (s) => [
    ...s.mentions.map((m) => m.articleId),
    ...s.roles.map((r) => r.source.articleId),
    ...quotesOfSpeaker(index, s.id).map((q) => q.source.articleId),
  ]);
  const pos = speakerPositions(index);
  const found = new Set<Speaker>();
  for (const a of articleIds) for (const s of by.get(a) ?? []) found.add(s);
  return [...found].sort((a, b) => (pos.get(a.id) ?? 0) - (pos.get(b.id) ?? 0));
}
