import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../../src/domain/types.ts';
import { createPassageSearch, loadPassageSearch, PASSAGE_SEARCH_OPTIONS, passageId } from '../../../src/index/search.ts';
import { makeArticle } from '../../fixtures/index/build-fixture.ts';

/*
 * The passage search keeps MiniSearch's postings in compact arrays and scores them itself. These tests hold it to
 * what MiniSearch's own query returns on the project's article files: the same passages, in the same order, with
 * the same scores, for exact, prefix and misspelt words, with and without a restriction to some articles.
 */

function fixtureArchive(): { articles: Article[]; sentences: Record<string, Sentence[]> } {
  const dirs = ['data/articles', 'tests/fixtures/genre'];
  const articles: Article[] = [];
  const sentences: Record<string, Sentence[]> = {};
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      const raw = readFileSync(join(dir, file), 'utf8');
      const paragraphs = raw
        .split(/\n\s*\n/)
        .map((p) => p.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim())
        .filter((p) => p.length > 0)
        .map((p) => p.split(/(?<=[.!?])\s+(?=[A-Z“"])/));
      const [title, ...body] = paragraphs;
      const made = makeArticle(`${dir.split('/').pop()}-${file}`, { title: (title ?? []).join(' ') }, body);
      articles.push(made.article);
      sentences[made.article.id] = made.sentences;
    }
  }
  return { articles, sentences };
}

/** The search as it was written on top of MiniSearch's own query (before the compact postings): the reference. */
function miniSearchReference(data: { articles: Article[]; sentences: Record<string, Sentence[]> }) {
  const sentences = new MiniSearch<{ id: string; text: string }>(PASSAGE_SEARCH_OPTIONS);
  sentences.addAll(data.articles.flatMap((a) => (data.sentences[a.id] ?? []).map((s) => ({ id: passageId(a.id, s.index), text: s.text }))));
  const titleOptions: Options<{ id: string; title: string }> = {
    idField: 'id',
    fields: ['title'],
    storeFields: [],
    ...(PASSAGE_SEARCH_OPTIONS.processTerm ? { processTerm: PASSAGE_SEARCH_OPTIONS.processTerm } : {}),
    searchOptions: { ...PASSAGE_SEARCH_OPTIONS.searchOptions, fields: ['title'] },
  };
  const titles = new MiniSearch<{ id: string; title: string }>(titleOptions);
  titles.addAll(data.articles.map((a) => ({ id: a.id, title: a.title })));
  type Raw = Map<number, { score: number; terms: string[] }>;
  type Internals = { executeQuery(q: string, o: SearchOptions): Raw; _documentIds: Map<number, string> };
  // Reloaded, as the bot served them from a snapshot: a reloaded radix tree lists prefix and typo expansions in
  // its stored order, which decides the order scores are summed in (the last digit of a score).
  const s = MiniSearch.loadJSON(JSON.stringify(sentences), PASSAGE_SEARCH_OPTIONS) as unknown as Internals;
  const t = MiniSearch.loadJSON(JSON.stringify(titles), titleOptions) as unknown as Internals;
  return (query: string, limit: number, only?: Set<string>, exact = false) => {
    const opts: SearchOptions = exact ? { fuzzy: false, prefix: false } : {};
    const byArticle = new Map<string, { score: number; terms: string[] }>();
    for (const [docId, r] of t.executeQuery(query, opts)) byArticle.set(t._documentIds.get(docId) as string, r);
    const scored: Array<{ id: string; score: number }> = [];
    for (const [docId, r] of s.executeQuery(query, opts)) {
      const id = s._documentIds.get(docId) as string;
      const articleId = id.slice(0, id.lastIndexOf('#'));
      if (only && !only.has(articleId)) continue;
      let sum = r.score;
      let quality = r.terms.length;
      const tr = byArticle.get(articleId);
      if (tr) {
        sum += 0.2 * tr.score;
        for (const term of tr.terms) if (!r.terms.includes(term)) quality++;
      }
      scored.push({ id, score: sum * (quality || 1) });
    }
    // A stable sort: equal scores keep the order MiniSearch met the sentences in.
    return scored.sort((a, b) => b.score - a.score).slice(0, limit);
  };
}

const data = fixtureArchive();
const search = createPassageSearch(data);
const reference = miniSearchReference(data);

/** Queries made from the archive's own words: pairs and triples of neighbouring words, some cut short or misspelt. */
function queries(): string[] {
  const out = new Set<string>();
  let i = 0;
  for (const a of data.articles) {
    out.add(a.title);
    for (const s of data.sentences[a.id] ?? []) {
      const words = s.text.split(/\s+/).filter((w) => /^\p{L}{3,}/u.test(w));
      if (words.length < 3) continue;
      const at = (i * 7) % (words.length - 2);
      const picked = words.slice(at, at + 1 + (i % 3));
      if (i % 4 === 1) picked[0] = (picked[0] as string).slice(0, 4); // a prefix
      if (i % 4 === 2) picked[0] = (picked[0] as string).replace(/(\p{L})(\p{L})/u, '$2$1'); // a typo
      out.add(picked.join(' '));
      i++;
    }
  }
  out.add('rally rally Paris'); // a repeated word counts twice in the score, once among matched words
  return [...out];
}

describe('passage search over compact postings', () => {
  const qs = queries();

  it('GIVEN the fixture archive THEN there are enough sentences and queries for the comparison to mean something', () => {
    expect(Object.values(data.sentences).flat().length).toBeGreaterThan(150);
    expect(qs.length).toBeGreaterThan(150);
  });

  it('GIVEN any query THEN the passages, their order and their scores are those of MiniSearch’s own BM25 query', () => {
    for (const q of qs) {
      const got = search.search(q, 10).map((h) => ({ id: h.id, score: h.score }));
      expect(got, q).toEqual(reference(q, 10));
    }
  });

  it('GIVEN exact look-ups (no prefix or typo expansion) with a large limit THEN they agree with MiniSearch too', () => {
    for (const q of qs.slice(0, 120)) {
      const got = search.search(q, 200, undefined, true).map((h) => ({ id: h.id, score: h.score }));
      expect(got, q).toEqual(reference(q, 200, undefined, true));
    }
  });

  it('GIVEN a restriction to some articles THEN only their passages come back, ranked as MiniSearch ranks them', () => {
    const only = new Set(data.articles.filter((_, i) => i % 2 === 0).map((a) => a.id));
    for (const q of qs.slice(0, 120)) {
      const got = search.search(q, 5, (id) => only.has(id)).map((h) => ({ id: h.id, score: h.score }));
      expect(got, q).toEqual(reference(q, 5, only));
    }
  });

  it('GIVEN the search saved and reloaded THEN every query returns the same passages', () => {
    const loaded = loadPassageSearch(JSON.parse(JSON.stringify(search.toJSON())), data);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const q of qs.slice(0, 80)) expect(loaded.search.search(q, 10), q).toEqual(search.search(q, 10));
    expect(loaded.search.documentFrequency('rally')).toEqual(search.documentFrequency('rally'));
    expect(search.documentFrequency('rally').df).toBeGreaterThan(0);
  });

  it('GIVEN stored postings that do not fit the archive or are corrupt THEN loading says why instead of throwing', () => {
    const good = JSON.parse(JSON.stringify(search.toJSON()));
    const fewer = { ...data, articles: data.articles.slice(1) };
    expect(loadPassageSearch(good, fewer)).toMatchObject({ ok: false, reason: expect.stringContaining('sentences') });
    expect(loadPassageSearch({ ...good, format: 'minisearch' }, data)).toMatchObject({ ok: false, reason: expect.stringContaining('format') });
    expect(loadPassageSearch({ ...good, sentences: { ...good.sentences, docs: '////' } }, data)).toMatchObject({ ok: false, reason: expect.stringContaining('sentences') });
    expect(loadPassageSearch({ ...good, titles: { ...good.titles, terms: [1, 2] } }, data)).toMatchObject({ ok: false, reason: expect.stringContaining('titles') });
    expect(loadPassageSearch({ ...good, sentences: { ...good.sentences, counts: good.titles.counts } }, data)).toMatchObject({ ok: false });
  });
});
