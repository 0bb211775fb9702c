import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { ArchiveData } from '../domain/types.ts';
import { foldText, STOP_WORDS } from './fold.ts';
import { Postings, type StoredPostings, type TermQuery } from './postings.ts';
import { buildPostings } from './postings-build.ts';

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

/** A scored passage id. */
export interface ScoredPassage {
  id: string;
  articleId: string;
  sentence: number;
  score: number;
}

/** The stored form of the passage search (in a snapshot): the sentence and title postings. */
export interface StoredPassageSearch {
  format: typeof STORED_FORMAT;
  sentences: StoredPostings;
  titles: StoredPostings;
}

const STORED_FORMAT = 'archivist-postings-1';

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** The words passage search indexes for a text, as it splits and folds them (function words left out). */
export function searchTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => {
    const p = processTerm(token);
    return p === null ? [] : Array.isArray(p) ? p : [p];
  });
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * BM25 passage search over every sentence (fuzzy for long words, prefix for words of three letters or more), with
 * the article's title as a weak extra field. A title is the same for all sentences of its article, so titles live
 * in a small index of their own and are added per article: indexing the title with every sentence multiplied the
 * postings of every title word by the article's length, and a query for "rally" scored every sentence of every
 * rally report. Only sentences matching the query themselves are returned.
 *
 * MiniSearch tokenises and builds both indexes; they are kept and queried as compact `Postings` (same scores,
 * a fraction of the time and memory: see `postings.ts`). Document d of the sentence postings is the d-th sentence
 * in article order; document a of the title postings is the a-th article.
 */
export class PassageSearch {
  readonly #sentences: Postings;
  readonly #titles: Postings;
  readonly #articleIds: string[];
  /** Per sentence document: its article (index into `#articleIds`) and its sentence index within the article. */
  readonly #docArticle: Uint32Array;
  readonly #docSentence: Uint32Array;
  /** Made on first use: each article's position, and the first sentence document of each (one past the last at the end). */
  #positions?: Map<string, number>;
  #starts?: Uint32Array;

  constructor(sentences: Postings, titles: Postings, layout: PassageLayout) {
    this.#sentences = sentences;
    this.#titles = titles;
    this.#articleIds = layout.articleIds;
    this.#docArticle = layout.docArticle;
    this.#docSentence = layout.docSentence;
  }

  /** The query's words as MiniSearch would look them up, and each one's index among the distinct words. */
  #words(query: string, exact: boolean): { words: TermQuery[]; distinct: number[] } {
    const words: TermQuery[] = [];
    const distinct: number[] = [];
    const seen = new Map<string, number>();
    for (const token of tokenize(query)) {
      const processed = processTerm(token);
      for (const term of processed === null ? [] : Array.isArray(processed) ? processed : [processed]) {
        if (!term) continue;
        const fuzzy = exact ? false : (QUERY_OPTIONS.fuzzy as (t: string) => number | false)(term);
        const prefix = exact ? false : (QUERY_OPTIONS.prefix as (t: string) => boolean)(term);
        words.push({ term, fuzzy, prefix });
        if (!seen.has(term)) seen.set(term, seen.size);
        distinct.push(seen.get(term) as number);
      }
    }
    return { words, distinct };
  }

  /** The best `limit` passages, best first (score = summed BM25 of sentence and weighted title × query words matched). */
  search(query: string, limit: number, accept?: (articleId: string) => boolean, exact = false): ScoredPassage[] {
    // Exact terms only (no typo or prefix expansion) when the caller just needs candidate articles quickly.
    const { words, distinct } = this.#words(query, exact);
    if (words.length === 0 || limit <= 0) return [];
    const titles = this.#titles.query(words, distinct);
    const raw = this.#sentences.query(words, distinct);
    const w = raw.words;
    // Keep only the best `limit` (ties keep MiniSearch's order, like its stable sort): a small sorted buffer,
    // not a sort of every matching sentence.
    const top: Array<{ doc: number; score: number }> = [];
    let floor = -Infinity;
    let lastArticle = -1;
    let accepted = true;
    for (let i = 0; i < raw.count; i++) {
      const doc = raw.docs[i] as number;
      const article = this.#docArticle[doc] as number;
      if (accept && article !== lastArticle) {
        lastArticle = article;
        accepted = accept(this.#articleIds[article] as string);
      }
      if (!accepted) continue;
      let sum = raw.score[doc] as number;
      let quality = 0;
      const titled = this.#titles.matched(article);
      if (titled) sum += TITLE_WEIGHT * (titles.score[article] as number);
      for (let j = 0; j < w; j++) {
        const own = raw.masks[doc * w + j] as number;
        quality += popcount(titled ? own | (titles.masks[article * titles.words + j] as number) : own);
      }
      const score = sum * (quality || 1);
      if (top.length >= limit && score <= floor) continue;
      let k = top.length;
      while (k > 0 && (top[k - 1] as { score: number }).score < score) k--;
      top.splice(k, 0, { doc, score });
      if (top.length > limit) top.pop();
      if (top.length >= limit) floor = (top[top.length - 1] as { score: number }).score;
    }
    return top.map(({ doc, score }) => {
      const articleId = this.#articleIds[this.#docArticle[doc] as number] as string;
      const sentence = this.#docSentence[doc] as number;
      return { id: passageId(articleId, sentence), articleId, sentence, score };
    });
  }

  /** The sentences that hold a folded word (exact form), as article id → sentence indexes. */
  sentencesWith(term: string): Map<string, Set<number>> {
    const out = new Map<string, Set<number>>();
    for (const d of this.#sentences.documents(term)) {
      const id = this.#articleIds[this.#docArticle[d] as number] as string;
      let set = out.get(id);
      if (!set) out.set(id, (set = new Set()));
      set.add(this.#docSentence[d] as number);
    }
    return out;
  }

  /**
   * Which of some articles hold a folded word (exact form) in one of their sentences or in their title, in the
   * order given (an unknown id holds nothing). Each answer is a binary search in the word's postings: what a reader
   * can ask of many reports before reading any of them.
   */
  articlesHolding(term: string, articleIds: readonly string[]): boolean[] {
    const docs = this.#sentences.documents(term);
    const titled = this.#titles.documents(term);
    if (docs.length === 0 && titled.length === 0) return articleIds.map(() => false);
    const positions = (this.#positions ??= new Map(this.#articleIds.map((id, i) => [id, i])));
    const starts = (this.#starts ??= articleStarts(this.#docArticle, this.#articleIds.length));
    return articleIds.map((id) => {
      const a = positions.get(id);
      if (a === undefined) return false;
      const end = starts[a + 1] as number;
      const at = lowerBound(docs, starts[a] as number);
      return (at < docs.length && (docs[at] as number) < end) || (titled.length > 0 && titled[lowerBound(titled, a)] === a);
    });
  }

  /** How many sentences hold a folded word (exact form), and how many sentences there are: for term weights. */
  documentFrequency(term: string): { df: number; n: number } {
    return { df: this.#sentences.documentFrequency(term), n: this.#sentences.documentCount };
  }

  /** The stored form (what a snapshot keeps). */
  toJSON(): StoredPassageSearch {
    return { format: STORED_FORMAT, sentences: this.#sentences.toJSON(), titles: this.#titles.toJSON() };
  }
}

/** The first sentence document of each article, and the document count after the last. */
function articleStarts(docArticle: Uint32Array, articles: number): Uint32Array {
  const starts = new Uint32Array(articles + 1).fill(docArticle.length);
  for (let d = docArticle.length - 1; d >= 0; d--) starts[docArticle[d] as number] = d;
  // An article without sentences starts where the next one does.
  for (let a = articles - 1; a >= 0; a--) if ((starts[a] as number) > (starts[a + 1] as number)) starts[a] = starts[a + 1] as number;
  return starts;
}

/** The first position in an ascending list whose value is at least `value`. */
function lowerBound(list: Uint32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which sentence each document of the sentence postings is: every sentence of every article, in article order. */
interface PassageLayout {
  articleIds: string[];
  docArticle: Uint32Array;
  docSentence: Uint32Array;
  /** Dense document id of a passage id (`passageId`). */
  docOf: Map<string, number> | undefined;
}

/** The positions (`Sentence.index`) of an article's sentences, in order. */
export type SentenceIndexes = (articleId: string) => ArrayLike<number>;

const indexesIn = (data: Pick<ArchiveData, 'sentences'>): SentenceIndexes => (id) => (data.sentences[id] ?? []).map((s) => s.index);

function layoutOf(articles: ArchiveData['articles'], indexesOf: SentenceIndexes, withIds: boolean): PassageLayout {
  const lists = articles.map((a) => indexesOf(a.id));
  let n = 0;
  for (const list of lists) n += list.length;
  const docArticle = new Uint32Array(n);
  const docSentence = new Uint32Array(n);
  const docOf = withIds ? new Map<string, number>() : undefined;
  let d = 0;
  lists.forEach((list, i) => {
    const id = (articles[i] as { id: string }).id;
    for (let k = 0; k < list.length; k++) {
      docArticle[d] = i;
      docSentence[d] = list[k] as number;
      docOf?.set(passageId(id, list[k] as number), d);
      d++;
    }
  });
  return { articleIds: articles.map((a) => a.id), docArticle, docSentence, docOf };
}

/**
 * Builds the passage index: one document per sentence of every article, and the titles apart. The postings are built
 * directly (`postings-build.ts`), as MiniSearch would index the same documents with `PASSAGE_SEARCH_OPTIONS` and
 * `TITLE_SEARCH_OPTIONS` (same tokenizer and `processTerm`), in a fraction of the time.
 */
export function createPassageSearch(data: Pick<ArchiveData, 'articles' | 'sentences'>): PassageSearch {
  const layout = layoutOf(data.articles, indexesIn(data), true);
  const docOf = layout.docOf as Map<string, number>;
  // MiniSearch refused a repeated document id; so does this build.
  if (docOf.size !== layout.docArticle.length) throw new Error('index: two sentences share a passage id');
  const texts: string[] = [];
  for (const article of data.articles) for (const s of data.sentences[article.id] ?? []) texts.push(s.text);
  const sentences = buildPostings(texts.length, (d) => texts[d], processTerm);
  // Title documents are numbered by article position.
  const titles = buildPostings(data.articles.length, (a) => data.articles[a]?.title, processTerm);
  layout.docOf = undefined;
  return new PassageSearch(sentences, titles, layout);
}

/** The passage index as MiniSearch builds it (the reference `createPassageSearch` must equal; tests compare them). */
export function createPassageSearchWithMiniSearch(data: Pick<ArchiveData, 'articles' | 'sentences'>): PassageSearch {
  const layout = layoutOf(data.articles, indexesIn(data), true);
  const docOf = layout.docOf as Map<string, number>;
  const docs: PassageDoc[] = [];
  for (const article of data.articles) {
    for (const s of data.sentences[article.id] ?? []) docs.push({ id: passageId(article.id, s.index), text: s.text });
  }
  const sentenceIndex = new MiniSearch<PassageDoc>(PASSAGE_SEARCH_OPTIONS);
  sentenceIndex.addAll(docs);
  const sentenceIds = (sentenceIndex as unknown as { _documentIds: Map<number, string> })._documentIds;
  const sentences = Postings.fromMiniSearch(sentenceIndex as unknown as MiniSearch<never>, 'text', (shortId) => docOf.get(sentenceIds.get(shortId) as string) as number, docs.length);

  const titleIndex = new MiniSearch<TitleDoc>(TITLE_SEARCH_OPTIONS);
  // Title documents are numbered by article position (ids may repeat only if articles do, which ingest prevents).
  titleIndex.addAll(data.articles.map((a, i) => ({ id: String(i), title: a.title })));
  const titleIds = (titleIndex as unknown as { _documentIds: Map<number, string> })._documentIds;
  const titles = Postings.fromMiniSearch(titleIndex as unknown as MiniSearch<never>, 'title', (shortId) => Number(titleIds.get(shortId)), data.articles.length);
  layout.docOf = undefined;
  return new PassageSearch(sentences, titles, layout);
}

/**
 * Reloads a passage index saved with `toJSON()` for the same articles and sentences; a value, not a throw, when it is
 * malformed. `indexesOf` gives the sentence positions without building the sentences (a snapshot's stored offsets).
 */
export function loadPassageSearch(
  json: unknown,
  data: Pick<ArchiveData, 'articles' | 'sentences'>,
  indexesOf: SentenceIndexes = indexesIn(data),
): { ok: true; search: PassageSearch } | { ok: false; reason: string } {
  const bad = (why: string) => ({ ok: false as const, reason: `index: the passage search index does not load (${why})` });
  if (typeof json !== 'object' || json === null) return bad('not an object');
  const j = json as Record<string, unknown>;
  if (j['format'] !== STORED_FORMAT) return bad(`format ${JSON.stringify(j['format'])} is not ${STORED_FORMAT}`);
  const sentences = Postings.fromJSON(j['sentences']);
  if (!sentences.ok) return bad(`sentences: ${sentences.reason}`);
  const titles = Postings.fromJSON(j['titles']);
  if (!titles.ok) return bad(`titles: ${titles.reason}`);
  const layout = layoutOf(data.articles, indexesOf, false);
  if (sentences.postings.documentCount !== layout.docArticle.length) {
    return bad(`it indexes ${sentences.postings.documentCount} sentences, the archive has ${layout.docArticle.length}`);
  }
  if (titles.postings.documentCount !== data.articles.length) {
    return bad(`it indexes ${titles.postings.documentCount} titles, the archive has ${data.articles.length} articles`);
  }
  return { ok: true, search: new PassageSearch(sentences.postings, titles.postings, layout) };
}
