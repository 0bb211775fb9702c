import fc from 'fast-check';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask, buildArchiveFromFolder } from '../../src/engine.ts';
import { parseArticleFile } from '../../src/ingest/index.ts';
import { findDates } from '../../src/dates/index.ts';
import { findDatesByEveryPattern } from '../../src/dates/find-dates.ts';
import { createNlp } from '../../src/extract/nlp.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { understand } from '../../src/understand/understand.ts';
import { fold, foldedKeyWord, unaccentLower } from '../../src/understand/text.ts';
import { searchTerms } from '../../src/index/search.ts';
import { topK } from '../../src/answer/event-match.ts';
import { foldText, STOP_WORDS } from '../../src/index/fold.ts';
import { renderAnswer } from '../../src/discord/render-answer.ts';
import type { ArchiveIndex } from '../../src/index/archive-index.ts';
import { articleFromText } from '../support/article-from-text.ts';
import { payloadProblems } from '../support/discord-limits.ts';

/*
 * Properties over arbitrary input: the reading and answering functions never throw, take time that stays within
 * a bound proportional to the input's size (generous, so that only a super-linear blow-up fails it), and answers
 * always fit Discord's limits. Seeded, so a failure reproduces.
 */
const SEED = 20261203;
const RUNS = 150;

/** Text of the genre's alphabet: words, names, numbers, dates, quotes, markup and control characters. */
const genreText = fc
  .array(
    fc.oneof(
      fc.constantFrom('rally', 'Paris', 'Maryam Rajavi', 'said', '“', '”', '"', '«', '»', '1,000', '12', 'November 2019', 'on Saturday', '.', ',', '\n', '\n\n', ' ', '<div>', '</p>', '---', '@everyone', 'Mr.', 'al-', '(SOHR)'),
      fc.string({ unit: 'binary', maxLength: 12 }),
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(genreText, fc.string({ unit: 'binary', maxLength: 3000 }));

/**
 * Asserts `run` ends within `base` ms plus `perChar` ms per character of `size`: a guard against a run-away pattern (a
 * regular expression backtracking without end on some input), with bounds far above any normal run so that a busy
 * machine never fails it. Speed itself is measured by the bench, not here.
 */
function within<T>(size: number, run: () => T, base = 5_000, perChar = 2): T {
  const started = performance.now();
  const out = run();
  expect(performance.now() - started).toBeLessThan(base + perChar * size);
  return out;
}

describe('properties over arbitrary input', () => {
  let index: ArchiveIndex;
  const nlp = createNlp();

  beforeAll(async () => {
    index = (await buildArchiveFromFolder(join(import.meta.dirname, '../../data/articles'))).index;
  }, 60_000);

  it('parseArticleFile never throws on arbitrary bytes or text, and a refusal always has a reason', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 4000 }), anyText.map((t) => new TextEncoder().encode(t)));
    fc.assert(
      fc.property(bytes, fc.constantFrom('a.txt', 'a.md', 'a.html'), (b, name) => {
        const r = within(b.length, () => parseArticleFile({ name, bytes: b }));
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(3);
        else expect(r.article.text.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('findDates never throws, and every date it finds points at text that is there', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        for (const d of within(t.length, () => findDates(t))) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(t.length);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('extractArticle never throws, and every provenance offset lies inside the article', () => {
    fc.assert(
      fc.property(genreText, (t) => {
        const article = articleFromText(t.trim() || 'x');
        const x = within(t.length, () => extractArticle(nlp, article), 500, 2);
        for (const s of [...x.quotes.map((q) => q.source), ...x.figures.map((f) => f.source)]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(article.text.length);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("a phrase in a text's fold always has its key word in the text's unaccentLower form and in its search terms (the place test's shortcuts never miss)", () => {
    const accented = fc.constantFrom('Köln', 'Genève', 'Trocadéro', 'D.C.', 'd.c.x', 'Washington, D.C.', "Rajavi's", 'Rajavi’s', 'İstanbul', 'Saint-Denis', '1,000', 'ÆRØ', 'straße');
    const text = fc.array(fc.oneof(accented, genreText, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const words = fold(s).split(' ').filter(Boolean);
        if (!words.length) return;
        const from = a % words.length;
        const phrase = words.slice(from, from + 1 + (b % 3)).join(' ');
        expect(` ${fold(s)} `.includes(` ${phrase} `)).toBe(true);
        const key = foldedKeyWord(phrase);
        if (key !== undefined) expect(unaccentLower(s)).toContain(key);
        // …and passage search indexes that word for the text, unless it is a function word search leaves out.
        if (key !== undefined && !STOP_WORDS.has(key)) expect(searchTerms(s)).toContain(key);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('findDates finds what running every date pattern finds (its shortcut for text with no digit and no month or weekday name)', () => {
    const words = fc.constantFrom('in November', 'on Friday', 'since march', 'last Sunday', 'mid-May', 'MONDAY', 'Mayor', 'Sundays', 'le 1er mai', 'am 3. Mai', 'décembre', 'Novembre', 'the rally', '12', '2019', 'in 1999', '17.01.2017', ' ', ', ', '. ');
    const text = fc.array(fc.oneof(words, genreText, fc.string({ maxLength: 10 })), { maxLength: 30 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(text, (s) => {
        expect(findDates(s)).toEqual(findDatesByEveryPattern(s));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('fold and foldText give what their chains of regular expressions gave, for any text (astral letters, emoji and lone surrogates included)', () => {
    // The chains the one-pass folds replaced: the reference they are held to.
    const foldByExpressions = (s: string) =>
      s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/\bd\.c\./g, 'dc').replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/[’‘'`´]s\b/g, '')
        .replace(/[‐‑‒–—-]/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
    const foldTextByExpressions = (s: string) =>
      s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[‐‑‒–—-]/g, ' ').replace(/[’‘'`´]/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
    const odd = fc.constantFrom('𝐀𝐁', '😀', '\ud800', '\udc00x', 'İstanbul', 'Washington, D.C.', 'd.c.x', '1,000,000', "Rajavi's", 'Rajavi’s', '—', '\u00a0', '\ufeff', 'ﬁ', 'Ⅻ', '½', '٣', 'تهران', '東京');
    const text = fc.array(fc.oneof(odd, genreText, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(fold(s)).toBe(foldByExpressions(s));
        expect(foldText(s)).toBe(foldTextByExpressions(s));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('topK gives the first k items a stable sort would, ties in their original order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 4 }), iso: fc.constantFrom('', '2019', '2019-11', '2019-11-16', '--11-16') })), fc.nat(8), (items, k) => {
        const order = (a: { score: number; iso: string }, b: { score: number; iso: string }) => b.score - a.score || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0);
        const tagged = items.map((x, i) => ({ ...x, i }));
        expect(topK(tagged, k, order).map((x) => x.i)).toEqual([...tagged].sort(order).slice(0, k).map((x) => x.i));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('understand and ask never throw on arbitrary questions, and every answer fits Discord\'s limits', () => {
    const question = fc.oneof(anyText, fc.constantFrom('', ' ', '@everyone who spoke?', '<@123> how many?', 'who'.repeat(2000)));
    fc.assert(
      fc.property(question, (q) => {
        within(q.length, () => understand(q, index));
        const { answer } = within(q.length, () => ask(index, q), 2_000, 1);
        expect(typeof answer.answered).toBe('boolean');
        for (const page of renderAnswer(answer, { version: 'v1' }).pages) expect(payloadProblems(page)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
