import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/domain/types.ts';
import { sentenceTokens, TokenCache, WordSet } from '../../../src/answer/reader/report-profile.ts';

describe('WordSet: a report profile’s words kept as numbers', () => {
  it('GIVEN words THEN it holds exactly them, whatever else the shared table knows', () => {
    const table = new Map<string, number>();
    const a = new WordSet(table, ['paris', 'rally', '@conference', '2019']);
    const b = new WordSet(table, ['london', 'rally', 'zzz']);
    for (const w of ['paris', 'rally', '@conference', '2019']) expect(a.has(w)).toBe(true);
    for (const w of ['london', 'zzz', 'Paris', '', 'pari', 'never-seen']) expect(a.has(w)).toBe(false);
    for (const w of ['london', 'rally', 'zzz']) expect(b.has(w)).toBe(true);
    expect(b.has('paris')).toBe(false);
    // Asking never adds a word to the table.
    expect(table.has('never-seen')).toBe(false);
  });

  it('GIVEN many words THEN membership matches a Set of them', () => {
    const table = new Map<string, number>();
    const words = Array.from({ length: 500 }, (_, i) => `w${(i * 7919) % 1000}`);
    const other = new WordSet(table, Array.from({ length: 300 }, (_, i) => `w${i * 3}`));
    const set = new WordSet(table, new Set(words));
    const truth = new Set(words);
    for (let i = 0; i < 1200; i++) expect(set.has(`w${i}`)).toBe(truth.has(`w${i}`));
    expect(other.has('w3')).toBe(true);
    expect(new WordSet(table, []).has('w3')).toBe(false);
  });

  it('GIVEN an archive knowing more than 65,536 words THEN a report holding the latest ones still holds exactly them', () => {
    const table = new Map<string, number>();
    const early = new WordSet(table, Array.from({ length: 1000 }, (_, i) => `early${i}`));
    new WordSet(table, Array.from({ length: 70_000 }, (_, i) => `word${i}`));
    const late = new WordSet(table, ['early5', 'word65535', 'word65536', 'word69999', 'fresh']);
    for (const w of ['early5', 'word65535', 'word65536', 'word69999', 'fresh']) expect(late.has(w)).toBe(true);
    for (const w of ['early6', 'word65537', 'word1', 'word0']) expect(late.has(w)).toBe(false);
    expect(early.has('early999')).toBe(true);
    expect(early.has('word64535')).toBe(false);
  });
});

describe('TokenCache: the sentence tokens of the reports read last', () => {
  const sentencesOf = (text: string) => {
    const out: Sentence[] = [];
    let at = 0;
    text.split(/(?<=\.) /).forEach((t, index) => {
      out.push({ index, start: at, end: at + t.length, text: t, paragraph: 0 });
      at += t.length + 1;
    });
    return out;
  };
  const reports = {
    a: sentencesOf('Ana Duarte told the rally in Lisbon. About 2,000 people marched.'),
    b: sentencesOf('— Lena Moravec (@lmoravec) May 2, 2024. The vigil ended at dusk.'),
    c: sentencesOf('Police arrested 40 people in Porto.'),
  };

  it('GIVEN more reports than it keeps THEN it keeps the most recent ones and reads a report let go to the same tokens', () => {
    const cache = new TokenCache(2);
    const first = cache.of('a', reports.a);
    expect(first).toEqual(sentenceTokens(reports.a));
    cache.of('b', reports.b);
    cache.of('c', reports.c);
    expect(cache.size).toBe(2);
    // "a" was let go: read again, its tokens are the same (the embedded post still says "tweet").
    const again = cache.of('a', reports.a);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(cache.of('b', reports.b).at(0)?.some((t) => t.key === 'tweet')).toBe(true);
  });

  it('GIVEN a report read again while others come in THEN the one read last is not the one let go', () => {
    const cache = new TokenCache(2);
    const a = cache.of('a', reports.a);
    cache.of('b', reports.b);
    expect(cache.of('a', reports.a)).toBe(a);
    cache.of('c', reports.c);
    // "b", read before "a" was read again, went first.
    expect(cache.of('a', reports.a)).toBe(a);
  });
});
