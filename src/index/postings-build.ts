import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { Postings } from './postings.ts';

/*
 * Builds `Postings` straight from the documents' texts, without a MiniSearch index in between (build side only;
 * querying is `postings.ts`). The result is the one `Postings.fromMiniSearch` gives for a MiniSearch index of the same
 * documents, added in document order, with the same `processTerm`:
 *   - tokens are MiniSearch's default tokenizer's, each processed term counted once per occurrence;
 *   - a document's length is its number of distinct raw tokens, and the average length is MiniSearch's running mean
 *     (the same floating-point operations in the same order);
 *   - terms are listed in the order of a radix tree (`SearchableMap`) they were inserted into in first-seen order, as
 *     MiniSearch's own tree is, so a reloaded index breaks ties the same way;
 *   - each term's documents ascend.
 * MiniSearch keeps a Map per term of a Map per field of document → frequency: at 10,000 reports (100,000 sentences,
 * millions of postings) building it, then copying it, took most of the build's indexing time. Here the postings are
 * appended to flat arrays, and each distinct raw token is processed (folded) once, not once per occurrence.
 */

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

type ProcessTerm = (term: string) => string | string[] | null | undefined;

/** Growable parallel arrays of (term, document, frequency). */
class Triples {
  term = new Uint32Array(1 << 16);
  doc = new Uint32Array(1 << 16);
  freq = new Uint32Array(1 << 16);
  length = 0;

  push(term: number, doc: number): number {
    if (this.length === this.term.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.term = grow(this.term);
      this.doc = grow(this.doc);
      this.freq = grow(this.freq);
    }
    const at = this.length++;
    this.term[at] = term;
    this.doc[at] = doc;
    this.freq[at] = 1;
    return at;
  }
}

/**
 * The postings of `documentCount` documents whose field text is `textOf(d)` (a document without one is indexed with
 * length 0, as MiniSearch skips a missing field).
 */
export function buildPostings(documentCount: number, textOf: (doc: number) => string | null | undefined, processTerm: ProcessTerm): Postings {
  const tree = new SearchableMap<number>();
  const termId = new Map<string, number>();
  const terms: string[] = [];
  // Raw token → the ids of the terms it stands for (processTerm is pure: each distinct token is processed once).
  const processed = new Map<string, number[]>();
  const idOf = (term: string): number => {
    let id = termId.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      termId.set(term, id);
      tree.set(term, id);
    }
    return id;
  };
  const triples = new Triples();
  const lengths = new Uint32Array(documentCount);
  let average = 0;
  // Term id → its triple in the current document.
  const inDoc = new Map<number, number>();
  for (let d = 0; d < documentCount; d++) {
    const value = textOf(d);
    if (value == null) continue;
    const tokens = tokenize(String(value));
    const length = new Set(tokens).size;
    lengths[d] = length;
    // MiniSearch's addFieldLength with count = the documents added before this one.
    average = (average * d + length) / (d + 1);
    inDoc.clear();
    for (const token of tokens) {
      let ids = processed.get(token);
      if (ids === undefined) {
        const p = processTerm(token);
        ids = Array.isArray(p) ? p.map(idOf) : p ? [idOf(p)] : [];
        processed.set(token, ids);
      }
      for (const id of ids) {
        const at = inDoc.get(id);
        if (at === undefined) inDoc.set(id, triples.push(id, d));
        else triples.freq[at] = (triples.freq[at] as number) + 1;
      }
    }
  }

  // Terms in tree order; each term's postings in document order (documents were read in order).
  const rank = new Uint32Array(terms.length);
  const ordered: string[] = [];
  for (const [term, id] of tree) {
    rank[id] = ordered.length;
    ordered.push(term);
  }
  const n = triples.length;
  const offsets = new Uint32Array(terms.length + 1);
  for (let i = 0; i < n; i++) {
    const t = (rank[triples.term[i] as number] as number) + 1;
    offsets[t] = (offsets[t] as number) + 1;
  }
  for (let t = 0; t < terms.length; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  const fill = offsets.slice(0, terms.length);
  const docs = new Uint32Array(n);
  const freqs = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const t = rank[triples.term[i] as number] as number;
    const at = fill[t] as number;
    fill[t] = at + 1;
    docs[at] = triples.doc[i] as number;
    freqs[at] = triples.freq[i] as number;
  }
  return new Postings({ terms: ordered, offsets, docs, freqs, lengths, averageLength: average });
}
