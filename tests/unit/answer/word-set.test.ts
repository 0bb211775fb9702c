import { describe, expect, it } from 'vitest';
import { WordSet } from '../../../src/answer/reader/report-profile.ts';

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
});
