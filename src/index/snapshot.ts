import type { ArchiveData } from '../domain/types.ts';
import { ArchiveIndex } from './archive-index.ts';
import { loadPassageSearch } from './search.ts';

/** The snapshot format version; bump it when `ArchiveData` or the search options change shape. */
export const SNAPSHOT_SCHEMA = 2;

/**
 * A whole index as plain JSON: the structured data plus the serialised passage-search index.
 * Schema 2: `search` is the compact postings form (`StoredPassageSearch`), no longer MiniSearch's own JSON.
 */
export interface Snapshot {
  schema: number;
  builtAt: string;
  data: ArchiveData;
  search: unknown;
}

/** Serialises an index; `JSON.stringify` of the result is what a store keeps. */
export function toSnapshot(index: ArchiveIndex): Snapshot {
  return { schema: SNAPSHOT_SCHEMA, builtAt: index.builtAt, data: index.data, search: index.searchJSON() };
}

const ARRAY_FIELDS = ['articles', 'events', 'speakers', 'quotes', 'figures', 'conflicts', 'skipped'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

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
  if (!isObject(s['search'])) return { ok: false, reason: 'index: the snapshot has no passage search index' };
  const loaded = loadPassageSearch(s['search'], data as unknown as ArchiveData);
  if (!loaded.ok) return loaded;
  return { ok: true, index: new ArchiveIndex(data as unknown as ArchiveData, loaded.search, s['builtAt']) };
}
