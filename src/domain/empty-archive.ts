import type { ArchiveData } from './types.ts';

/** An archive with nothing in it: the "before" of a first refresh, and a base for test data. */
export function emptyArchiveData(): ArchiveData {
  return { articles: [], sentences: {}, events: [], speakers: [], quotes: [], figures: [], conflicts: [], skipped: [] };
}
