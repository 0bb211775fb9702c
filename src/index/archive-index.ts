import type {
  Article,
  ArchiveData,
  ArticleExtraction,
  Citation,
  EventRecord,
  Figure,
  Provenance,
  Sentence,
  SkippedFile,
  Speaker,
} from '../domain/types.ts';
import { mergeExtractions } from './merge.ts';
import { findConflicts } from './conflicts.ts';
import { createPassageSearch, type PassageSearch, type StoredPassageSearch } from './search.ts';

/** A sentence found by passage search, with offsets into its article's text. */
export interface PassageHit {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  score: number;
}

/**
 * The queryable archive: merged events, speakers, quotes, figures and conflicts (`data`),
 * lookups by id, passage search over every sentence, and citations for any provenance.
 * Immutable once built; a refresh builds a new one.
 */
export class ArchiveIndex {
  readonly data: ArchiveData;
  /** ISO time the index was built (kept through snapshots). */
  readonly builtAt: string;
  readonly #search: PassageSearch;
  // Lookups by id, each made on its first use: a shard answering its first question after loading needs only some.
  #articles?: Map<string, Article>;
  #events?: Map<string, EventRecord>;
  #speakers?: Map<string, Speaker>;
  #figures?: Map<string, Figure>;

  /** Use `buildIndex` or `fromSnapshot`; the search index must have been built from `data`. */
  constructor(data: ArchiveData, search: PassageSearch, builtAt: string = new Date().toISOString()) {
    this.data = data;
    this.builtAt = builtAt;
    this.#search = search;
  }

  article(id: string): Article | undefined {
    return (this.#articles ??= byId(this.data.articles)).get(id);
  }

  sentencesOf(articleId: string): Sentence[] {
    return this.data.sentences[articleId] ?? [];
  }

  event(id: string): EventRecord | undefined {
    return (this.#events ??= byId(this.data.events)).get(id);
  }

  speaker(id: string): Speaker | undefined {
    return (this.#speakers ??= byId(this.data.speakers)).get(id);
  }

  figure(id: string): Figure | undefined {
    return (this.#figures ??= byId(this.data.figures)).get(id);
  }

  /** The passage-search index as plain JSON (what a snapshot stores). */
  searchJSON(): StoredPassageSearch {
    return this.#search.toJSON();
  }

  /** Best-matching sentences for a free-text query (BM25, fuzzy, prefix; title words count weakly), optionally within some articles. */
  searchPassages(query: string, opts: { limit?: number; articleIds?: string[]; exact?: boolean } = {}): PassageHit[] {
    const limit = opts.limit ?? 10;
    if (!query.trim() || limit <= 0) return [];
    const only = opts.articleIds ? new Set(opts.articleIds) : undefined;
    const hits: PassageHit[] = [];
    // A few extra in case a sentence id no longer resolves (it always should): the limit still holds.
    for (const r of this.#search.search(query, limit + 5, only ? (id) => only.has(id) : undefined, opts.exact ?? false)) {
      const s = this.sentencesOf(r.articleId)[r.sentence];
      if (!s) continue;
      hits.push({ articleId: r.articleId, sentence: r.sentence, start: s.start, end: s.end, text: s.text, score: r.score });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /**
   * The sentences that hold a word as passage search folds and splits words (exact form: lower case, no accents), as
   * article id → sentence indexes; nothing for a word search leaves out (a function word).
   */
  sentencesWith(term: string): Map<string, Set<number>> {
    return this.#search.sentencesWith(term);
  }

  /** Which of some articles hold a folded word (exact form, as passage search splits words) in a sentence or their title. */
  articlesHolding(term: string, articleIds: readonly string[]): boolean[] {
    return this.#search.articlesHolding(term, articleIds);
  }

  /** How many sentences of the archive hold a folded word, and how many sentences there are (for term weights). */
  documentFrequency(term: string): { df: number; n: number } {
    return this.#search.documentFrequency(term);
  }

  /** The citation for a fact: the whole sentence(s) its span covers, verbatim, with the article's metadata. */
  citation(p: Provenance): Citation {
    const article = this.article(p.articleId);
    if (!article) throw new Error(`index: citation for an unknown article id "${p.articleId}"`);
    const sentences = this.sentencesOf(p.articleId);
    const covered = p.end > p.start ? sentences.filter((s) => s.start < p.end && s.end > p.start) : [];
    const first = covered[0] ?? sentences[p.sentence];
    const last = covered[covered.length - 1] ?? first;
    const excerpt = first && last ? article.text.slice(first.start, last.end) : article.text.slice(p.start, p.end);
    const citation: Citation = {
      file: article.files[0] ?? '',
      articleId: article.id,
      title: article.title,
      excerpt,
      sentence: first?.index ?? p.sentence,
      start: p.start,
      end: p.end,
    };
    if (article.publisher) citation.source = article.publisher;
    if (article.date.iso) citation.date = article.date.iso;
    if (article.url) citation.url = article.url;
    return citation;
  }
}

/** Merges per-article extractions into one archive (speakers and events across articles), links conflicting figures and indexes every sentence. */
export function buildIndex(articles: Article[], extractions: ArticleExtraction[], skipped: SkippedFile[] = []): ArchiveIndex {
  const known = new Set(articles.map((a) => a.id));
  const usable = extractions.filter((x) => known.has(x.articleId));
  const merged = mergeExtractions(usable);
  const sentences: Record<string, Sentence[]> = {};
  for (const a of articles) sentences[a.id] = [];
  for (const x of usable) sentences[x.articleId] = x.sentences;
  const data: ArchiveData = {
    articles,
    sentences,
    events: merged.events,
    speakers: merged.speakers,
    quotes: merged.quotes,
    figures: merged.figures,
    conflicts: findConflicts(merged.figures),
    skipped,
  };
  return new ArchiveIndex(data, createPassageSearch(data));
}

/** Records by their id. */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of items) m.set(x.id, x);
  return m;
}
