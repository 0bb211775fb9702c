import MiniSearch, { type Options, type AsPlainObject, type SearchOptions } from 'minisearch';
import type { ArchiveData } from '../domain/types.ts';
import { foldText, STOP_WORDS } from './fold.ts';

/** One searchable passage: a sentence of an article. */
export interface PassageDoc {
  id: string;
  text: string;
}

/** One article title: titles are searched apart and added to each sentence of the article (see `PassageSearch`). */
interface TitleDoc {
  id: string;
  title: string;
}

function processTerm(term: string): string | string[] | null {
  const folded = foldText(term);
  if (!folded) return null;
  const parts = folded.split(' ').filter((p) => p && !STOP_WORDS.has(p));
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : parts;
}

const QUERY_OPTIONS: SearchOptions = {
  // Short words get neither: "war" would fuzzily match "was" and "far", and a two-letter prefix matches half the archive.
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  prefix: (term) => term.length >= 3,
  processTerm,
};

/** How much a title word counts against the same word in the sentence itself. */
const TITLE_WEIGHT = 0.2;

/** The MiniSearch options used to build and to reload the passage index (they must be the same both times). */
export const PASSAGE_SEARCH_OPTIONS: Options<PassageDoc> = {
  idField: 'id',
  fields: ['text'],
  storeFields: [],
  processTerm,
  // Snapshots written before titles were indexed apart also hold a "title" field: it is never queried.
  searchOptions: { ...QUERY_OPTIONS, fields: ['text'] },
};

const TITLE_SEARCH_OPTIONS: Options<TitleDoc> = {
  idField: 'id',
  fields: ['title'],
  storeFields: [],
  processTerm,
  searchOptions: QUERY_OPTIONS,
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

/** What MiniSearch computes per matching document before it builds result objects (its `executeQuery`, v7). */
type RawResults = Map<number, { score: number; terms: string[] }>;

interface MiniSearchInternals {
  executeQuery(query: string, options: SearchOptions): RawResults;
  _documentIds: Map<number, string>;
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentCount: number;
}

function internals(search: MiniSearch<never> | MiniSearch<PassageDoc> | MiniSearch<TitleDoc>): MiniSearchInternals {
  return search as unknown as MiniSearchInternals;
}

/** A scored passage id. */
export interface ScoredPassage {
  id: string;
  articleId: string;
  sentence: number;
  score: number;
}

/**
 * BM25 passage search over every sentence (fuzzy for long words, prefix for words of three letters or more), with
 * the article's title as a weak extra field. A title is the same for all sentences of its article, so titles live
 * in a small index of their own and are added per article: indexing the title with every sentence multiplied the
 * postings of every title word by the article's length, and a query for "rally" scored every sentence of every
 * rally report. Only sentences matching the query themselves are returned.
 */
export class PassageSearch {
  readonly sentences: MiniSearch<PassageDoc>;
  readonly #titles: MiniSearch<TitleDoc>;

  constructor(sentences: MiniSearch<PassageDoc>, articles: ReadonlyArray<{ id: string; title: string }>) {
    this.sentences = sentences;
    this.#titles = new MiniSearch<TitleDoc>(TITLE_SEARCH_OPTIONS);
    this.#titles.addAll(articles.map((a) => ({ id: a.id, title: a.title })));
  }

  /** The best `limit` passages, best first (score = summed BM25 of sentence and weighted title × query words matched). */
  search(query: string, limit: number, accept?: (articleId: string) => boolean, exact = false): ScoredPassage[] {
    // Exact terms only (no typo or prefix expansion) when the caller just needs candidate articles quickly.
    const opts: SearchOptions = exact ? { fuzzy: false, prefix: false } : {};
    const titleRaw = internals(this.#titles).executeQuery(query, opts);
    const titleIds = internals(this.#titles)._documentIds;
    const byArticle = new Map<string, { score: number; terms: string[] }>();
    for (const [docId, r] of titleRaw) byArticle.set(titleIds.get(docId) as string, r);

    const s = internals(this.sentences);
    const raw = s.executeQuery(query, opts);
    // Keep only the best `limit` (ties keep MiniSearch's order, like its stable sort): a small sorted buffer,
    // not a sort of every matching sentence.
    const top: ScoredPassage[] = [];
    let floor = -Infinity;
    for (const [docId, r] of raw) {
      const id = s._documentIds.get(docId) as string;
      const at = id.lastIndexOf('#');
      const articleId = id.slice(0, at);
      if (accept && !accept(articleId)) continue;
      let sum = r.score;
      let quality = r.terms.length;
      const t = byArticle.get(articleId);
      if (t) {
        sum += TITLE_WEIGHT * t.score;
        for (const term of t.terms) if (!r.terms.includes(term)) quality++;
      }
      const score = sum * (quality || 1);
      if (top.length >= limit && score <= floor) continue;
      let i = top.length;
      while (i > 0 && (top[i - 1] as ScoredPassage).score < score) i--;
      top.splice(i, 0, { id, articleId, sentence: Number(id.slice(at + 1)), score });
      if (top.length > limit) top.pop();
      if (top.length >= limit) floor = (top[top.length - 1] as ScoredPassage).score;
    }
    return top;
  }

  /** How many sentences hold a folded word (exact form), and how many sentences there are: for term weights. */
  documentFrequency(term: string): { df: number; n: number } {
    const s = internals(this.sentences);
    let df = 0;
    const byField = s._index.get(term);
    if (byField) for (const docs of byField.values()) df = Math.max(df, docs.size);
    return { df, n: s._documentCount };
  }

  /** The sentence index as plain JSON (what a snapshot stores; titles are re-indexed from the articles on load). */
  toJSON(): unknown {
    return this.sentences.toJSON();
  }
}

/** Builds the passage index: one document per sentence of every article, and the titles apart. */
export function createPassageSearch(data: Pick<ArchiveData, 'articles' | 'sentences'>): PassageSearch {
  const search = new MiniSearch<PassageDoc>(PASSAGE_SEARCH_OPTIONS);
  const docs: PassageDoc[] = [];
  for (const article of data.articles) {
    for (const s of data.sentences[article.id] ?? []) docs.push({ id: passageId(article.id, s.index), text: s.text });
  }
  search.addAll(docs);
  return new PassageSearch(search, data.articles);
}

/** Reloads a passage index saved with `toJSON()`; a value, not a throw, when it is malformed. */
export function loadPassageSearch(
  json: unknown,
  articles: ReadonlyArray<{ id: string; title: string }>,
): { ok: true; search: PassageSearch } | { ok: false; reason: string } {
  try {
    const sentences = MiniSearch.loadJS<PassageDoc>(json as AsPlainObject, PASSAGE_SEARCH_OPTIONS);
    return { ok: true, search: new PassageSearch(sentences, articles) };
  } catch (err) {
    return { ok: false, reason: `index: the passage search index does not load (${(err as Error).message})` };
  }
}
