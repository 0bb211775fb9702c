import type { ArchiveIndex } from '../index/archive-index.ts';

// Per-index memo of derived values (event texts, stem sets, figure dates). Keyed weakly by the index,
// so a swapped-out index takes its cache with it; an index is immutable once built, so nothing goes stale.
const store = new WeakMap<ArchiveIndex, Map<string, unknown>>();

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
