import MiniSearch, { type Options, type AsPlainObject } from 'minisearch';
import type { ArchiveData } from '../domain/types.ts';
import { foldText, STOP_WORDS } from './fold.ts';

/** One searchable passage: a sentence of an article, with the article's title as a weak extra field. */
export interface PassageDoc {
  id: string;
  text: string;
  title: string;
}

function processTerm(term: string): string | string[] | null {
  const folded = foldText(term);
  if (!folded) return null;
  const parts = folded.split(' ').filter((p) => p && !STOP_WORDS.has(p));
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : parts;
}

/** The MiniSearch options used to build and to reload the passage index (they must be the same both times). */
export const PASSAGE_SEARCH_OPTIONS: Options<PassageDoc> = {
  idField: 'id',
  fields: ['text', 'title'],
  storeFields: [],
  processTerm,
  searchOptions: {
    boost: { text: 1, title: 0.2 },
    // Short words get neither: "war" would fuzzily match "was" and "far", and a two-letter prefix matches half the archive.
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    prefix: (term) => term.length >= 3,
    processTerm,
  },
};

/** The id of a passage document: `${articleId}#${sentence}`. */
export function passageId(articleId: string, sentence: number): string {
  return `${articleId}#${sentence}`;
}

/** Splits a passage id back into article id and sentence index. */
export function parsePassageId(id: string): { articleId: string; sentence: number } {
  const at = id.lastIndexOf('#');
  return { articleId: id.slice(0, at), sentence: Number(id.slice(at + 1)) };
}

/** Builds the passage index: one document per sentence of every article. */
export function createPassageSearch(data: Pick<ArchiveData, 'articles' | 'sentences'>): MiniSearch<PassageDoc> {
  const search = new MiniSearch<PassageDoc>(PASSAGE_SEARCH_OPTIONS);
  const docs: PassageDoc[] = [];
  for (const article of data.articles) {
    for (const s of data.sentences[article.id] ?? []) {
      docs.push({ id: passageId(article.id, s.index), text: s.text, title: article.title });
    }
  }
  search.addAll(docs);
  return search;
}

/** Reloads a passage index saved with `search.toJSON()`; a value, not a throw, when it is malformed. */
export function loadPassageSearch(json: unknown): { ok: true; search: MiniSearch<PassageDoc> } | { ok: false; reason: string } {
  try {
    return { ok: true, search: MiniSearch.loadJS<PassageDoc>(json as AsPlainObject, PASSAGE_SEARCH_OPTIONS) };
  } catch (err) {
    return { ok: false, reason: `index: the passage search index does not load (${(err as Error).message})` };
  }
}
