import type { ArchiveData, Sentence } from '../domain/types.ts';
import { asciiJson } from './ascii-json.ts';
import { ArchiveIndex } from './archive-index.ts';
import { loadPassageSearch, type StoredPassageSearch } from './search.ts';
// The snapshot also keeps the question reader's lexicon: it is derived from the data, but costly to derive on load.
import { adoptLexicon, lexiconOf, lexiconToJSON, type StoredLexicon } from '../understand/lexicon.ts';

/** The snapshot format version; bump it when `ArchiveData`, its stored form or the search options change shape. */
export const SNAPSHOT_SCHEMA = 3;

/**
 * `ArchiveData` as a snapshot stores it: a sentence is its article's text between two offsets, so it is kept as
 * four numbers per sentence (`index, start, end, paragraph`, one flat list per article) rather than a second copy
 * of the text (a third of a 10,000-report snapshot).
 */
export type StoredArchiveData = Omit<ArchiveData, 'sentences'> & { sentences: Record<string, number[]> };

/**
 * A whole index as plain JSON: the structured data plus the serialised passage-search index.
 * Schema 2: `search` is the compact postings form (`StoredPassageSearch`), no longer MiniSearch's own JSON.
 * Schema 3: `data.sentences` holds offsets only; `sentenceTexts` keeps the rare sentence whose text is not the
 * article text between its offsets (keyed `articleId#position`); `lexicon` is what the question reader learns
 * from the archive's words (`understand/lexicon.ts`), stored so that a loaded index does not re-read every sentence.
 */
export interface Snapshot {
  schema: number;
  builtAt: string;
  data: StoredArchiveData;
  sentenceTexts?: Record<string, string>;
  search: StoredPassageSearch;
  lexicon?: StoredLexicon;
}

/** A snapshot as the JSON a store keeps (characters past ASCII escaped: `asciiJson`). */
export function snapshotJson(snapshot: Snapshot): string {
  return asciiJson(snapshot);
}

/** Serialises an index; `snapshotJson` of the result is what a store keeps. */
export function toSnapshot(index: ArchiveIndex): Snapshot {
  const sentences: Record<string, number[]> = {};
  const sentenceTexts: Record<string, string> = {};
  const articles = new Map(index.data.articles.map((a) => [a.id, a]));
  for (const [id, list] of Object.entries(index.data.sentences)) {
    const text = articles.get(id)?.text;
    const flat: number[] = [];
    list.forEach((s, k) => {
      flat.push(s.index, s.start, s.end, s.paragraph);
      if (text === undefined || text.slice(s.start, s.end) !== s.text) sentenceTexts[`${id}#${k}`] = s.text;
    });
    sentences[id] = flat;
  }
  const snapshot: Snapshot = { schema: SNAPSHOT_SCHEMA, builtAt: index.builtAt, data: { ...index.data, sentences }, search: index.searchJSON() };
  if (Object.keys(sentenceTexts).length > 0) snapshot.sentenceTexts = sentenceTexts;
  snapshot.lexicon = lexiconToJSON(lexiconOf(index));
  return snapshot;
}

const ARRAY_FIELDS = ['articles', 'events', 'speakers', 'quotes', 'figures', 'conflicts', 'skipped'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The sentences of a stored archive, texts sliced back out of their articles (a slice shares its article's
 * characters in memory); a reason when an offset list is malformed. Every offset is checked now, but an article's
 * `Sentence` objects are made when its sentences are first read: a question reads the sentences of a few reports,
 * and making them all (hundreds of thousands at 10,000 reports) was a tenth of the time to start answering.
 */
function sentencesOf(
  data: Record<string, unknown>,
  texts: Record<string, unknown>,
): { ok: true; sentences: Record<string, Sentence[]>; indexesOf: (id: string) => number[] } | { ok: false; reason: string } {
  const stored = data['sentences'] as Record<string, unknown>;
  const textOf = new Map<string, string>();
  for (const a of data['articles'] as Array<{ id: string; text: string }>) textOf.set(a.id, a.text);
  const out: Record<string, Sentence[]> = {};
  // Kept packed until an article's sentences are read (4 bytes a number, not a JSON array's 8 or more).
  const flats = new Map<string, Uint32Array>();
  // The few sentences with a text of their own, by article and position (looked up once, not per sentence).
  const ownTexts = new Map<string, Map<number, unknown>>();
  for (const [key, own] of Object.entries(texts)) {
    const at = key.lastIndexOf('#');
    const id = key.slice(0, at);
    const k = Number(key.slice(at + 1));
    if (!ownTexts.has(id)) ownTexts.set(id, new Map());
    ownTexts.get(id)?.set(k, own);
  }
  for (const [id, flat] of Object.entries(stored)) {
    if (!Array.isArray(flat) || flat.length % 4 !== 0) return { ok: false, reason: `index: the snapshot's sentences of ${id} are not offset quadruples` };
    const length = textOf.get(id)?.length ?? 0;
    const owns = ownTexts.get(id);
    for (let k = 0; k < flat.length / 4; k++) {
      const index: unknown = flat[4 * k];
      const start: unknown = flat[4 * k + 1];
      const end: unknown = flat[4 * k + 2];
      const paragraph: unknown = flat[4 * k + 3];
      if (!(isCount(index) && isCount(start) && isCount(end) && isCount(paragraph))) {
        return { ok: false, reason: `index: the snapshot's sentence ${k} of ${id} has offsets that are not whole numbers` };
      }
      const own = owns?.get(k);
      if (own !== undefined && typeof own !== 'string') return { ok: false, reason: `index: the snapshot's text of sentence ${k} of ${id} is not a string` };
      if (own === undefined && (end > length || start > end)) {
        return { ok: false, reason: `index: the snapshot's sentence ${k} of ${id} lies outside its article's text` };
      }
    }
    const packed = Uint32Array.from(flat as number[]);
    flats.set(id, packed);
    // An accessor that keeps what it made (redefining the property as a value instead changes the object's shape, which
    // cost more than making the sentences: a millisecond an article at 1,000 articles).
    let made: Sentence[] | undefined;
    Object.defineProperty(out, id, {
      enumerable: true,
      configurable: true,
      get(): Sentence[] {
        if (made) return made;
        const text = textOf.get(id) ?? '';
        const list: Sentence[] = [];
        for (let k = 0; k < packed.length / 4; k++) {
          const start = packed[4 * k + 1] as number;
          const end = packed[4 * k + 2] as number;
          const own = owns?.get(k) as string | undefined;
          list.push({ index: packed[4 * k] as number, start, end, paragraph: packed[4 * k + 3] as number, text: own ?? text.slice(start, end) });
        }
        made = list;
        return list;
      },
    });
  }
  const indexesOf = (id: string): number[] => {
    const flat = flats.get(id) ?? new Uint32Array(0);
    const list: number[] = [];
    for (let k = 0; k < flat.length; k += 4) list.push(flat[k] as number);
    return list;
  };
  return { ok: true, sentences: out, indexesOf };
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 0xffffffff;

/** Loads a snapshot back into an index without re-parsing any article; a reason when its shape is wrong. */
export function fromSnapshot(s: unknown): { ok: true; index: ArchiveIndex } | { ok: false; reason: string } {
  if (!isObject(s)) return { ok: false, reason: 'index: the snapshot is not an object' };
  if (s['schema'] !== SNAPSHOT_SCHEMA) {
    return { ok: false, reason: `index: snapshot schema ${JSON.stringify(s['schema'])} is not the supported ${SNAPSHOT_SCHEMA}` };
  }
  if (typeof s['builtAt'] !== 'string') return { ok: false, reason: 'index: the snapshot has no builtAt time' };
  const data = s['data'];
  if (!isObject(data)) return { ok: false, reason: 'index: the snapshot has no data object' };
  for (const field of ARRAY_FIELDS) {
    if (!Array.isArray(data[field])) return { ok: false, reason: `index: the snapshot's data.${field} is not an array` };
  }
  if (!isObject(data['sentences'])) return { ok: false, reason: "index: the snapshot's data.sentences is not an object" };
  for (const a of data['articles'] as unknown[]) {
    if (!isObject(a) || typeof a['id'] !== 'string' || typeof a['text'] !== 'string' || !Array.isArray(a['files'])) {
      return { ok: false, reason: 'index: the snapshot holds an article without id, text or files' };
    }
  }
  const texts = s['sentenceTexts'] ?? {};
  if (!isObject(texts)) return { ok: false, reason: "index: the snapshot's sentenceTexts is not an object" };
  const sentences = sentencesOf(data, texts);
  if (!sentences.ok) return sentences;
  // Same keys in the same order as the stored data (JSON of a loaded and of a built archive compare equal).
  const full = { ...data, sentences: sentences.sentences } as unknown as ArchiveData;
  if (!isObject(s['search'])) return { ok: false, reason: 'index: the snapshot has no passage search index' };
  const loaded = loadPassageSearch(s['search'], full, sentences.indexesOf);
  if (!loaded.ok) return loaded;
  const index = new ArchiveIndex(full, loaded.search, s['builtAt']);
  if (s['lexicon'] !== undefined) {
    const adopted = adoptLexicon(index, s['lexicon']);
    if (!adopted.ok) return adopted;
  }
  return { ok: true, index };
}

/** The archive data a snapshot holds, sentences and all (for comparing versions); undefined when it does not load. */
export function archiveDataOf(s: Snapshot): ArchiveData | undefined {
  const loaded = fromSnapshot(s);
  return loaded.ok ? loaded.index.data : undefined;
}
