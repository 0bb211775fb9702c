import { describe, expect, it } from 'vitest';
import type { Figure, Measure } from '../../../src/domain/types.ts';
import { countedCompatible, findConflicts, scopesMatch, scopeWords } from '../../../src/index/conflicts.ts';

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCOPES = ['', 'the March 2018 protests in Tabriz', 'the March 2018 protests', 'protests in Tabriz', 'the Tabriz protests of March 2018', 'the 2018 protests', 'the siege of Aleppo', 'the Aleppo siege', 'the siege'];
const COUNTED = ['people', 'protesters', 'children', 'detainees', 'women', '', 'schools'];
const MEASURES: Measure[] = ['killed', 'arrested', 'injured'];

function randomFigures(n: number, seed: number): Figure[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const f: Figure = {
      id: `f${i}`,
      text: 'some',
      qualifier: 'exact',
      measure: pick(MEASURES),
      counted: pick(COUNTED),
      source: { articleId: `a${Math.floor(r() * 6)}`, sentence: 0, start: 0, end: 1 },
    };
    if (r() < 0.85) f.value = 10 * Math.floor(r() * 4);
    const scope = pick(SCOPES);
    if (scope) f.scope = scope;
    if (r() < 0.3) f.eventId = `e${Math.floor(r() * 3)}`;
    if (r() < 0.4) f.claimant = pick(['Amnesty', 'the council', 'AMNESTY']);
    return f;
  });
}

/** The rule as written: every pair of figures of one measure, linked when compatible and about the same thing. */
function pairwiseGroups(figures: Figure[]): string[][] {
  const numeric = figures.filter((f) => f.value !== undefined && f.measure !== 'other');
  const group = numeric.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : find(group[i] as number));
  for (let i = 0; i < numeric.length; i++) {
    for (let j = i + 1; j < numeric.length; j++) {
      const a = numeric[i] as Figure;
      const b = numeric[j] as Figure;
      if (a.measure !== b.measure || !countedCompatible(a.counted, b.counted)) continue;
      const sameEvent = a.eventId !== undefined && a.eventId === b.eventId;
      if (sameEvent || scopesMatch(scopeWords(a.scope), scopeWords(b.scope))) {
        const [ri, rj] = [find(i), find(j)];
        if (ri !== rj) group[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const out = new Map<number, string[]>();
  numeric.forEach((f, i) => out.set(find(i), [...(out.get(find(i)) ?? []), f.id]));
  return [...out.values()].filter((g) => {
    const members = numeric.filter((f) => g.includes(f.id));
    return members.some((a) =>
      members.some((b) => a.value !== b.value && (a.source.articleId !== b.source.articleId || (a.claimant ?? '').toLowerCase() !== (b.claimant ?? '').toLowerCase())),
    );
  });
}

describe('findConflicts at scale', () => {
  it('GIVEN hundreds of figures with overlapping scopes, events, counted nouns and claimants THEN the conflicts are exactly those of the pairwise rule', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const figures = randomFigures(300, seed);
      const got = findConflicts(figures).map((c) => c.figureIds);
      expect(got, `seed ${seed}`).toEqual(pairwiseGroups(figures));
      expect(got.length, `seed ${seed}`).toBeGreaterThan(0);
    }
  });

  // (How long linking takes at scale is the bench's to measure: its merge step links every figure of 10,000 reports.
  // Here it must end at all, within the test's time, and find the conflicts.)
  it('GIVEN 20,000 figures about the same protests THEN linking them ends and finds their conflicts', { timeout: 60_000 }, () => {
    const figures = randomFigures(20_000, 9);
    const conflicts = findConflicts(figures);
    expect(conflicts.length).toBeGreaterThan(0);
  });
});
