import type MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';

/*
 * A compact, read-only form of one MiniSearch field index, scored exactly like MiniSearch 7 scores it.
 *
 * Why: MiniSearch keeps its postings as a Map per term of a Map per field of document → frequency. At 10,000
 * reports (100,000 sentences) that is ~1.5 M Map entries (hundreds of MB once loaded), and a query walks them with a
 * Map look-up and a result object per matching document: "rally" or a city name touch tens of thousands of
 * sentences, so one search cost 50–300 ms. Here the postings are flat typed arrays and a query accumulates scores in
 * a dense array, which is one to two orders of magnitude faster and a fraction of the memory, without ranking
 * anything differently: the BM25 formula, the term weights of prefix and fuzzy expansions, the order in which scores
 * are summed and the order in which documents are first met (which decides ties) are MiniSearch's own. MiniSearch
 * still tokenises and builds the index, and its radix tree (`SearchableMap`) still expands prefixes and typos.
 */

/** How one query word is looked up (the same as MiniSearch's per-term `fuzzy` and `prefix` search options). */
export interface TermQuery {
  term: string;
  /** MiniSearch's `fuzzy`: a fraction of the word's length (or an absolute distance ≥ 1), or false. */
  fuzzy: number | false;
  prefix: boolean;
}

/** MiniSearch 7 defaults (`defaultSearchOptions`): the BM25 parameters, expansion weights and the fuzzy cap. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

/** What a query leaves behind: per document touched, its summed score and which query words it matched. */
export interface QueryResult {
  /** Documents in the order MiniSearch's result map would hold them (first query word's matches first). */
  docs: Int32Array;
  count: number;
  /** Score per document id (valid for the documents listed). */
  score: Float64Array;
  /** Bit j of word w (`masks[doc * words + w]`) is set when the doc matched distinct query word 32w + j. */
  masks: Uint32Array;
  words: number;
}

/** The JSON-friendly stored form (integers as base64 varints: a few MB instead of a nested object per posting). */
export interface StoredPostings {
  /** Terms in radix-tree order, so that a reloaded tree iterates (and breaks ties) like the original. */
  terms: string[];
  documentCount: number;
  averageLength: number;
  /** Per term: how many postings (varints). */
  counts: string;
  /** Per term: ascending document ids as gaps (varints), all terms one after the other. */
  docs: string;
  /** Per posting: the term's frequency in the document (varints). */
  freqs: string;
  /** Per document: its length in terms (varints). */
  lengths: string;
}

export class Postings {
  readonly documentCount: number;
  readonly averageLength: number;
  readonly #tree: SearchableMap<number>;
  readonly #terms: string[];
  /** Postings of term t are `#docs[#offsets[t] .. #offsets[t + 1])`. */
  readonly #offsets: Uint32Array;
  readonly #docs: Uint32Array;
  readonly #freqs: Uint32Array;
  readonly #lengths: Uint32Array;
  // Scratch space reused by every query (a query runs to completion synchronously).
  #touched: Int32Array;
  #score: Float64Array;
  #termScore: Float64Array;
  #seenInQuery: Uint32Array;
  #seenInTerm: Uint32Array;
  #masks: Uint32Array;
  #generation = 0;
  #lastQuery = -1;

  constructor(parts: { terms: string[]; offsets: Uint32Array; docs: Uint32Array; freqs: Uint32Array; lengths: Uint32Array; averageLength: number }) {
    this.#terms = parts.terms;
    this.#offsets = parts.offsets;
    this.#docs = parts.docs;
    this.#freqs = parts.freqs;
    this.#lengths = parts.lengths;
    this.documentCount = parts.lengths.length;
    this.averageLength = parts.averageLength;
    this.#tree = new SearchableMap<number>();
    parts.terms.forEach((t, i) => this.#tree.set(t, i));
    const n = this.documentCount;
    this.#touched = new Int32Array(n);
    this.#score = new Float64Array(n);
    this.#termScore = new Float64Array(n);
    this.#seenInQuery = new Uint32Array(n);
    this.#seenInTerm = new Uint32Array(n);
    this.#masks = new Uint32Array(n);
  }

  /**
   * Copies one field of a MiniSearch index. `dense` maps MiniSearch's internal document ids to the ids used here
   * (0 … documentCount − 1); `lengths` are the field's lengths per dense id.
   */
  static fromMiniSearch(search: MiniSearch<never>, field: string, dense: (shortId: number) => number, documentCount: number): Postings {
    const ms = search as unknown as {
      _index: Iterable<[string, Map<number, Map<number, number>>]>;
      _fieldIds: Record<string, number>;
      _fieldLength: Map<number, number[]>;
      _avgFieldLength: number[];
    };
    const fieldId = ms._fieldIds[field];
    if (fieldId === undefined) throw new Error(`postings: the index has no field "${field}"`);
    const terms: string[] = [];
    const lists: Array<Array<[number, number]>> = [];
    let total = 0;
    for (const [term, byField] of ms._index) {
      const docs = byField.get(fieldId);
      if (!docs || docs.size === 0) continue;
      const list: Array<[number, number]> = [];
      for (const [shortId, tf] of docs) list.push([dense(shortId), tf]);
      list.sort((a, b) => a[0] - b[0]);
      terms.push(term);
      lists.push(list);
      total += list.length;
    }
    const offsets = new Uint32Array(terms.length + 1);
    const docs = new Uint32Array(total);
    const freqs = new Uint32Array(total);
    let at = 0;
    lists.forEach((list, t) => {
      offsets[t] = at;
      for (const [d, tf] of list) {
        docs[at] = d;
        freqs[at++] = tf;
      }
    });
    offsets[terms.length] = at;
    const lengths = new Uint32Array(documentCount);
    for (const [shortId, byField] of ms._fieldLength) lengths[dense(shortId)] = byField[fieldId] ?? 0;
    return new Postings({ terms, offsets, docs, freqs, lengths, averageLength: ms._avgFieldLength[fieldId] ?? 0 });
  }

  /** The documents holding the term (exact form), in ascending order; a view, not a copy. */
  documents(term: string): Uint32Array {
    const t = this.#tree.get(term);
    return t === undefined ? new Uint32Array(0) : this.#docs.subarray(this.#offsets[t] as number, this.#offsets[t + 1] as number);
  }

  /** How many documents hold the term (exact form). */
  documentFrequency(term: string): number {
    const t = this.#tree.get(term);
    return t === undefined ? 0 : (this.#offsets[t + 1] as number) - (this.#offsets[t] as number);
  }

  /**
   * Scores the documents matching any query word, as MiniSearch's `executeQuery` with `combineWith: 'OR'` would:
   * per word, its exact form, then its prefix expansions, then its typo expansions, each weighted like MiniSearch
   * weights them; a document's score is the sum over words. `distinct[i]` is the index of word i among the
   * query's distinct words (a repeated word counts its score twice but is one matched word, as in MiniSearch).
   */
  query(words: TermQuery[], distinct: number[]): QueryResult {
    const n = this.documentCount;
    const wordsPerMask = Math.max(1, Math.ceil((Math.max(-1, ...distinct) + 1) / 32));
    if (this.#masks.length < n * wordsPerMask) this.#masks = new Uint32Array(n * wordsPerMask);
    const masks = this.#masks;
    const touched = this.#touched;
    const score = this.#score;
    const termScore = this.#termScore;
    const seenInQuery = this.#seenInQuery;
    const seenInTerm = this.#seenInTerm;
    const queryGen = this.#nextGeneration();
    let count = 0;
    const termTouched: number[] = [];
    const postDocs = this.#docs;
    const postFreqs = this.#freqs;
    const lengths = this.#lengths;
    const offsets = this.#offsets;
    const avg = this.averageLength;
    const { k, b, d } = BM25;
    words.forEach((w, i) => {
      const termGen = this.#nextGeneration();
      termTouched.length = 0;
      for (const [t, weight] of this.#expansions(w)) {
        const from = offsets[t] as number;
        const to = offsets[t + 1] as number;
        const df = to - from;
        // MiniSearch's calcBM25Score, term for term (same operations in the same order: the same doubles).
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let p = from; p < to; p++) {
          const doc = postDocs[p] as number;
          const tf = postFreqs[p] as number;
          const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * (lengths[doc] as number)) / avg)));
          const weighted = weight * raw;
          if (seenInTerm[doc] !== termGen) {
            seenInTerm[doc] = termGen;
            termScore[doc] = weighted;
            termTouched.push(doc);
          } else termScore[doc] = (termScore[doc] as number) + weighted;
        }
      }
      const bitWord = Math.floor((distinct[i] ?? 0) / 32);
      const bit = 1 << (distinct[i] ?? 0) % 32;
      for (const doc of termTouched) {
        if (seenInQuery[doc] !== queryGen) {
          seenInQuery[doc] = queryGen;
          score[doc] = termScore[doc] as number;
          if (wordsPerMask === 1) masks[doc] = 0;
          else masks.fill(0, doc * wordsPerMask, (doc + 1) * wordsPerMask);
          touched[count++] = doc;
        } else score[doc] = (score[doc] as number) + (termScore[doc] as number);
        const m = doc * wordsPerMask + bitWord;
        masks[m] = (masks[m] as number) | bit;
      }
    });
    this.#lastQuery = queryGen;
    return { docs: touched, count, score, masks, words: wordsPerMask };
  }

  /** Whether the last query matched this document (its score and mask are then valid). */
  matched(doc: number): boolean {
    return this.#seenInQuery[doc] === this.#lastQuery;
  }

  /** The index terms a query word stands for, with MiniSearch's weights, in MiniSearch's order. */
  *#expansions(w: TermQuery): Generator<[number, number]> {
    const exact = this.#tree.get(w.term);
    if (exact !== undefined) yield [exact, 1];
    let fuzzy: Map<string, [number, number]> | undefined;
    if (w.fuzzy !== false) {
      const maxDistance = w.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(w.term.length * w.fuzzy)) : w.fuzzy;
      if (maxDistance) fuzzy = this.#tree.fuzzyGet(w.term, maxDistance);
    }
    if (w.prefix) {
      for (const [term, t] of this.#tree.atPrefix(w.term)) {
        const distance = term.length - w.term.length;
        if (!distance) continue;
        // A prefix match is always scored as one, even when it is also within the typo distance.
        fuzzy?.delete(term);
        yield [t, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)];
      }
    }
    if (fuzzy) {
      for (const [term, [t, distance]] of fuzzy) {
        if (!distance) continue;
        yield [t, (FUZZY_WEIGHT * term.length) / (term.length + distance)];
      }
    }
  }

  #nextGeneration(): number {
    // Generation counters mark which documents a query (or query word) has touched without clearing arrays.
    if (this.#generation >= 0xfffffff0) {
      this.#seenInQuery.fill(0);
      this.#seenInTerm.fill(0);
      this.#generation = 0;
    }
    return ++this.#generation;
  }

  toJSON(): StoredPostings {
    const counts: number[] = [];
    for (let t = 0; t < this.#terms.length; t++) counts.push((this.#offsets[t + 1] as number) - (this.#offsets[t] as number));
    const gaps = new Uint32Array(this.#docs.length);
    for (let t = 0; t < this.#terms.length; t++) {
      let prev = 0;
      for (let p = this.#offsets[t] as number; p < (this.#offsets[t + 1] as number); p++) {
        gaps[p] = (this.#docs[p] as number) - prev;
        prev = this.#docs[p] as number;
      }
    }
    return {
      terms: this.#terms,
      documentCount: this.documentCount,
      averageLength: this.averageLength,
      counts: encodeVarints(counts),
      docs: encodeVarints(gaps),
      freqs: encodeVarints(this.#freqs),
      lengths: encodeVarints(this.#lengths),
    };
  }

  /** Reloads `toJSON()`'s form; a reason, not a throw, when it is malformed or inconsistent. */
  static fromJSON(json: unknown): { ok: true; postings: Postings } | { ok: false; reason: string } {
    const bad = (why: string) => ({ ok: false as const, reason: `postings: ${why}` });
    if (typeof json !== 'object' || json === null) return bad('not an object');
    const j = json as Record<string, unknown>;
    if (!Array.isArray(j['terms']) || !j['terms'].every((t) => typeof t === 'string')) return bad('terms is not a list of words');
    if (typeof j['documentCount'] !== 'number' || typeof j['averageLength'] !== 'number') return bad('documentCount or averageLength is missing');
    for (const k of ['counts', 'docs', 'freqs', 'lengths']) if (typeof j[k] !== 'string') return bad(`${k} is missing`);
    const terms = j['terms'] as string[];
    const counts = decodeVarints(j['counts'] as string);
    const gaps = decodeVarints(j['docs'] as string);
    const freqs = decodeVarints(j['freqs'] as string);
    const lengths = decodeVarints(j['lengths'] as string);
    if (!counts || !gaps || !freqs || !lengths) return bad('a number list is not valid base64 varints');
    if (counts.length !== terms.length) return bad(`${counts.length} posting counts for ${terms.length} terms`);
    if (lengths.length !== j['documentCount']) return bad(`${lengths.length} document lengths for ${String(j['documentCount'])} documents`);
    if (gaps.length !== freqs.length) return bad('as many frequencies as postings are needed');
    const offsets = new Uint32Array(terms.length + 1);
    let at = 0;
    for (let t = 0; t < terms.length; t++) {
      offsets[t] = at;
      at += counts[t] as number;
    }
    offsets[terms.length] = at;
    if (at !== gaps.length) return bad(`the counts add up to ${at} postings, not ${gaps.length}`);
    const docs = gaps;
    for (let t = 0; t < terms.length; t++) {
      let prev = 0;
      for (let p = offsets[t] as number; p < (offsets[t + 1] as number); p++) {
        prev += docs[p] as number;
        if (prev >= lengths.length) return bad(`a posting points past the last document (${prev})`);
        docs[p] = prev;
      }
    }
    return { ok: true, postings: new Postings({ terms, offsets, docs, freqs, lengths, averageLength: j['averageLength'] }) };
  }
}

/** Unsigned LEB128 varints, base64: small numbers (gaps, frequencies) take one byte. */
function encodeVarints(values: ArrayLike<number>): string {
  const out = Buffer.allocUnsafe(values.length * 5);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    let v = values[i] as number;
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[at++] = v;
  }
  return out.subarray(0, at).toString('base64');
}

function decodeVarints(b64: string): Uint32Array | undefined {
  const bytes = Buffer.from(b64, 'base64');
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) < 0x80) n++;
  if (bytes.length > 0 && (bytes[bytes.length - 1] as number) >= 0x80) return undefined;
  const out = new Uint32Array(n);
  let at = 0;
  let v = 0;
  let shift = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (shift > 28) return undefined;
    v += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) {
      if (v > 0xffffffff) return undefined;
      out[at++] = v;
      v = 0;
      shift = 0;
    } else shift += 7;
  }
  return out;
}
