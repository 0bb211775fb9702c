/**
 * What the reader knows of one report, computed on first use and kept per index: its sentences as tokens, the keys
 * it holds (body, title, lead), the years it mentions and the dates it can be placed at. Term weights come from the
 * passage index (how rare a word is across the archive's sentences).
 */
import type { ArchiveIndex } from '../../index/archive-index.ts';
import type { Article, Sentence } from '../../domain/types.ts';
import { keyOf, tokenize, type Token } from '../../understand/vocabulary.ts';
import { similarWord } from '../../understand/text.ts';
import { memo } from '../memo.ts';
import { oneByte } from '../../index/fold.ts';

export interface ReportProfile {
  article: Article;
  sentences: Sentence[];
  /**
   * Tokens of each sentence (offsets relative to the sentence). Kept for the reports read most recently only (see
   * `TOKENS_KEPT`); read again from the sentences, to the same tokens, when asked for after being let go.
   */
  readonly tokens: Token[][];
  /** Keys of every word in the body, title, publisher and dateline. */
  keys: WordSet;
  /** Keys of the title, the dateline and the first two sentences: what the report is about. */
  lead: WordSet;
  /** Folded words written capitalised anywhere in the report (its names), in reading order, for typo-tolerant name matching. */
  names: readonly string[];
  /** Every folded word, for typo-tolerant look-ups. */
  words: WordSet;
  /** Years written in the report or carried by its date. */
  years: Set<number>;
  /** Initials of the multi-word names of each sentence ("Syrian Observatory for Human Rights" → "sohr"). */
  acronyms: Acronyms[];
  /** All of those initials, for the whole report. */
  allAcronyms: WordSet;
  /**
   * Keys of the title and body without the dateline's place ("London, 19 Dec – …"): where the report puts its
   * events. A dateline says where the report was filed, not where what it tells happened.
   */
  placeKeys: WordSet;
  /**
   * The title's and the sentences' words folded, one space apart and between spaces (" kessa based union of … "):
   * for finding a name written whole. Made with the tokens (a question naming a body would otherwise read a report's
   * tokens again, once they are let go).
   */
  folded: string;
}

/**
 * A report's words, asked only whether they hold one. Kept as the sorted numbers of the words in a per-index table
 * (2 or 4 bytes a word) rather than a Set of strings (about 35 bytes a word): a profile is kept for every report read, and
 * their Sets were most of a long-running bot's memory.
 */
export class WordSet {
  readonly #table: Map<string, number>;
  /** Sorted; two bytes a word while the archive's table numbers fewer than 65,536 words when the set is made. */
  readonly #ids: Uint16Array | Int32Array;
  constructor(table: Map<string, number>, words: Iterable<string>) {
    this.#table = table;
    const ids: number[] = [];
    for (const w of words) {
      let id = table.get(w);
      if (id === undefined) {
        id = table.size;
        table.set(w, id);
      }
      ids.push(id);
    }
    this.#ids = (table.size <= 0x10000 ? Uint16Array.from(ids) : Int32Array.from(ids)).sort();
  }
  has(word: string): boolean {
    const id = this.#table.get(word);
    if (id === undefined) return false;
    const ids = this.#ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = ids[mid] as number;
      if (x === id) return true;
      if (x < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** A few strings, asked only whether they hold one: a sentence's acronyms (most sentences have none or a handful). */
export interface Acronyms {
  has(s: string): boolean;
}

/**
 * A sentence's acronyms kept as a plain list: a report profile holds one per sentence and profiles are kept for every
 * report read, so a Set each (hundreds of bytes even when empty) was most of a long-running bot's memory.
 */
class FewStrings implements Acronyms {
  readonly #items: readonly string[];
  constructor(items: readonly string[]) {
    this.#items = items;
  }
  has(s: string): boolean {
    return this.#items.includes(s);
  }
}

const NO_ACRONYMS: Acronyms = new FewStrings([]);

const NAME_GLUE = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'on', 'against', 'in']);

/** Initials of each run of two or more capitalised words (function words inside a run are skipped). */
export function acronymsOf(tokens: Token[], text: string): Set<string> {
  const out = new Set<string>();
  let run: Token[] = [];
  const flush = () => {
    const caps = run.filter((t) => t.cap);
    if (caps.length >= 2) {
      // Every suffix of the run too: "the Britain-based Syrian Observatory for Human Rights" also gives "sohr".
      for (let k = 0; k + 2 <= caps.length; k++) out.add(caps.slice(k).map((t) => t.fold[0]).join(''));
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    const gap = i > 0 ? text.slice((tokens[i - 1] as Token).end, t.start) : ' ';
    if (run.length && !/^[\s\-‐]*$/.test(gap)) flush();
    if (t.cap && t.value === undefined) run.push(t);
    else if (run.length && NAME_GLUE.has(t.fold)) run.push(t);
    else flush();
  });
  flush();
  return out;
}

/**
 * Reads ahead the profile of every report, `chunk` reports a step (see `warmIndex`): a question's first reading of a
 * report tokenises all its sentences, most of a first answer's time in a large archive.
 */
export function* warmProfiles(index: ArchiveIndex, chunk: number): Generator<void> {
  const articles = index.data.articles;
  for (let i = 0; i < articles.length; i++) {
    profileOf(index, (articles[i] as Article).id, false);
    if ((i + 1) % chunk === 0) yield;
  }
}

/** The profile of one report (memoised per index). */
export function profileOf(index: ArchiveIndex, articleId: string, keepTokens = true): ReportProfile | undefined {
  const cache = memo(index, 'reader-profiles', () => new Map<string, ReportProfile>());
  const hit = cache.get(articleId);
  if (hit) return hit;
  const article = index.article(articleId);
  if (!article) return undefined;
  const sentences = index.sentencesOf(articleId);
  const tokens = sentenceTokens(sentences);
  const keys = new Set<string>();
  const lead = new Set<string>();
  const names = new Set<string>();
  const words = new Set<string>();
  const years = new Set<number>();
  const add = (ts: Token[], into: Set<string>[]) => {
    for (const t of ts) {
      for (const set of into) {
        set.add(t.key);
        for (const k of t.parts ?? []) set.add(k);
      }
      words.add(t.fold);
      if (t.cap) names.add(t.fold);
      if (t.value !== undefined && t.value >= 1900 && t.value <= 2100 && /^\d{4}$/.test(t.fold)) years.add(t.value);
    }
  };
  // (With the day its stored page is dated: " date 2031-03-14" opened the page, and a report holds that year.)
  const head = tokenize([article.title, article.publisher ?? '', article.dateline ?? '', article.url ?? '', article.storedOn ?? ''].join(' . '));
  add(head, [keys, lead]);
  tokens.forEach((ts, i) => add(ts, i < 2 ? [keys, lead] : [keys]));
  if (article.date.year) years.add(article.date.year);
  const titleTokens = tokenize(article.title);
  const placeKeys = new Set<string>(titleTokens.map((t) => t.key));
  tokens.forEach((ts, i) => {
    const s = sentences[i];
    const para = s ? article.paragraphs[s.paragraph] : undefined;
    for (const t of ts) {
      const offset = (s?.start ?? 0) + t.start - (para?.start ?? 0);
      // "London, 19 Dec –", "Paris, February 12, 2020—": a place opening a paragraph before a date and a dash.
      const dateline = offset < 30 && t.cap && /^[\s,]+(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2})[\s,\d]*[–—-]/u.test((s?.text ?? '').slice(t.end, t.end + 40));
      if (!dateline) {
        placeKeys.add(t.key);
        for (const k of t.parts ?? []) placeKeys.add(k);
      }
    }
  });
  const allAcronyms = new Set<string>();
  const acronyms = sentences.map((s, i): Acronyms => {
    const found = acronymsOf(tokens[i] ?? [], s.text);
    if (found.size === 0) return NO_ACRONYMS;
    for (const x of found) allAcronyms.add(x);
    return new FewStrings([...found]);
  });
  // Every word a report holds gets its number in one table per index (the archive's words, bounded by the archive).
  const table = memo(index, 'reader-word-ids', () => new Map<string, number>());
  const kept = memo(index, 'reader-tokens', () => new TokenCache(TOKENS_KEPT));
  const fields: Omit<ReportProfile, 'tokens'> = {
    article,
    sentences,
    keys: new WordSet(table, keys),
    lead: new WordSet(table, lead),
    names: [...names],
    words: new WordSet(table, words),
    years,
    acronyms,
    allAcronyms: new WordSet(table, allAcronyms),
    placeKeys: new WordSet(table, placeKeys),
    folded: oneByte(` ${titleTokens.map((t) => t.fold).join(' ')} ${tokens.map((ts) => ts.map((t) => t.fold).join(' ')).join(' ')} `),
  };
  if (keepTokens) kept.keep(articleId, tokens);
  const profile = withTokens(fields, kept, articleId);
  cache.set(articleId, profile);
  return profile;
}

/**
 * How many reports keep their sentences' tokens. A profile's tokens were most of a long-running bot's memory (about
 * 100 MB after 1,000 questions at 10,000 reports, every report read keeping them); its word sets are kept for every
 * report read, its tokens for the most recent ones, the oldest let go first.
 */
const TOKENS_KEPT = 1500;

/** The sentence tokens of the reports read most recently (at most `kept`); the others are read again when asked for. */
export class TokenCache {
  readonly #kept: number;
  readonly #tokens = new Map<string, Token[][]>();
  constructor(kept: number) {
    this.#kept = kept;
  }
  get size(): number {
    return this.#tokens.size;
  }
  /** A report's tokens: the kept ones, or read again from its sentences (the same tokens). */
  of(articleId: string, sentences: readonly Sentence[]): Token[][] {
    const hit = this.#tokens.get(articleId);
    if (hit) {
      // Read last, let go last: the reports a question is reading are never the oldest.
      if (this.#tokens.size > this.#kept / 2) {
        this.#tokens.delete(articleId);
        this.#tokens.set(articleId, hit);
      }
      return hit;
    }
    const again = sentenceTokens(sentences);
    this.keep(articleId, again);
    return again;
  }
  keep(articleId: string, tokens: Token[][]): void {
    if (this.#tokens.size >= this.#kept) this.#tokens.delete(this.#tokens.keys().next().value as string);
    this.#tokens.set(articleId, tokens);
  }
}

/**
 * The profile with its tokens read from `kept` (made here, not in `profileOf`: a getter made there would hold on to
 * everything that function's other closures see, the raw word sets and the first tokens included).
 */
function withTokens(fields: Omit<ReportProfile, 'tokens'>, kept: TokenCache, articleId: string): ReportProfile {
  return new KeptProfile(fields, kept, articleId);
}

/**
 * A profile whose tokens are read from the cache. A class, so that every report's profile shares one shape: an object
 * literal with its own getter got a hidden class of its own per report (about half a kilobyte each, 5 MB at 10,000).
 */
class KeptProfile implements ReportProfile {
  readonly article: Article;
  readonly sentences: Sentence[];
  readonly keys: WordSet;
  readonly lead: WordSet;
  readonly names: readonly string[];
  readonly words: WordSet;
  readonly years: Set<number>;
  readonly acronyms: Acronyms[];
  readonly allAcronyms: WordSet;
  readonly placeKeys: WordSet;
  readonly folded: string;
  readonly #kept: TokenCache;
  readonly #articleId: string;
  constructor(fields: Omit<ReportProfile, 'tokens'>, kept: TokenCache, articleId: string) {
    this.article = fields.article;
    this.sentences = fields.sentences;
    this.keys = fields.keys;
    this.lead = fields.lead;
    this.names = fields.names;
    this.words = fields.words;
    this.years = fields.years;
    this.acronyms = fields.acronyms;
    this.allAcronyms = fields.allAcronyms;
    this.placeKeys = fields.placeKeys;
    this.folded = fields.folded;
    this.#kept = kept;
    this.#articleId = articleId;
  }
  get tokens(): Token[][] {
    return this.#kept.of(this.#articleId, this.sentences);
  }
}

/** A share stated with its number ("43 per cent", "60%", "12 percent", "30 pour cent", "20 Prozent"). */
const PERCENT_STATED = /\d\s*(?:%|per\s*cent\b|percent\b|pour\s*cent\b|prozent\b)/i;
const PERCENT_KEY = keyOf('percent');

/** German function words no English sentence writes. */
const GERMAN_ONLY = new Set(['der', 'das', 'und', 'ist', 'sind', 'nicht', 'mit', 'sich', 'auf', 'fur', 'von', 'dem', 'den', 'eine', 'einer', 'wurde', 'wurden', 'auch', 'zu', 'im', 'bei', 'nach', 'sie', 'es']);

/** Whether a sentence is written in German: besides "die", two words of German only. */
function germanSentence(ts: readonly Token[]): boolean {
  let n = 0;
  for (const t of ts) if (GERMAN_ONLY.has(t.fold) && ++n >= 2) return true;
  return false;
}

/** The tokens of each sentence of a report. */
export function sentenceTokens(sentences: readonly Sentence[]): Token[][] {
  return sentences.map((s) => {
    const ts = tokenize(s.text);
    // "— Maryam Rajavi (@Maryam_Rajavi) December 2, 2019" signs an embedded post: the sentence says "tweet".
    if (/^\s*[—–-]\s*\p{Lu}[^(]{1,60}\(@\w+\)/u.test(s.text)) ts.push({ raw: '', fold: 'tweet', key: 'tweet', start: s.text.length, end: s.text.length, cap: false });
    // "rose by 43 per cent", "60% of the executions": the sentence states a share ("what percentage …?").
    if (PERCENT_STATED.test(s.text)) ts.push({ raw: '', fold: 'percent', key: PERCENT_KEY, start: s.text.length, end: s.text.length, cap: false });
    // "die" in a sentence in German is the article, not the English verb: "teilten sich die 600 Demonstranten" tells
    // no deaths.
    if (ts.some((t) => t.fold === 'die') && germanSentence(ts)) return ts.map((t): Token => (t.fold === 'die' ? { raw: t.raw, fold: t.fold, key: 'die', start: t.start, end: t.end, cap: t.cap } : t));
    return ts;
  });
}

/** Whether a report holds a word: by key, or (for a name of five letters or more) allowing a typo ("Gioliani"). */
export function reportHas(p: ReportProfile, key: string, folded: string, fuzzy: boolean): boolean {
  if (p.keys.has(key)) return true;
  if (p.allAcronyms.has(folded)) return true;
  if (!fuzzy || folded.length < 5) return false;
  for (const w of p.names) if (Math.abs(w.length - folded.length) <= 2 && similarWord(w, folded)) return true;
  return false;
}

/**
 * How much a term says, from how rare its word is among the archive's sentences (inverse document frequency,
 * between 0.5 and about 10). A word the archive never writes weighs like its rarest words.
 */
export function termWeight(index: ArchiveIndex, folded: string): number {
  const cache = memo(index, 'reader-weights', () => new Map<string, number>());
  const hit = cache.get(folded);
  if (hit !== undefined) return hit;
  const { df, n } = index.documentFrequency(folded);
  const w = Math.max(0.5, Math.log((n + 1) / (df + 0.5)));
  // Users type words without end: the memo is emptied when it grows large, so a long-running bot does not leak.
  if (cache.size >= 50_000) cache.clear();
  cache.set(folded, w);
  return w;
}
