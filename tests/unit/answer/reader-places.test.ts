import { beforeAll, describe, expect, it } from 'vitest';
import { ask, buildArchive } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';

/*
 * Where something happened, on reports written for these tests: a march whose question names "the White House for
 * the Freedom March" (two names, not one body), a crowd that came "from across the United States", a speaker who was
 * "spokesperson of the State Department"; a monitor's toll whose places are parts of two regions.
 */
const enc = new TextEncoder();
const REPORTS: Record<string, string> = {
  'washington-march.txt': `Vardanian-Americans march in Washington

Last week, thousands of Vardanian-Americans from across the United States converged on Washington's Liberty Plaza to call for democratic change in Vardania. They then marched to the White House, where they urged support for the uprising at home.

Lena Holm, former deputy spokesperson of the State Department, also delivered remarks at the Washington Vardania Freedom March.
`,
  'strikes.txt': `Monitor: six months of air strikes

The monitor said 1,200 fighters of the Crescent Legion were killed by air strikes on their positions in the east.
And 40 fighters from the Dawn Brigade were killed by air strikes on their bases in the western countryside of Hama and the southern countryside of Raqqa.
`,
};

describe('the reader finds where it happened', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = (await buildArchive(Object.entries(REPORTS).map(([name, text]) => ({ name, bytes: enc.encode(text) })))).index;
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN "before marching to the White House for the Freedom March" THEN where they gathered, not where they came from nor an office\'s body', () => {
    const a = answer('Where in Washington did Vardanian-Americans gather before marching to the White House for the Vardania Freedom March?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Washington's Liberty Plaza/);
  });

  it('GIVEN fighters killed "in the western countryside of Hama and the southern countryside of Raqqa" THEN both parts are the answer, not the group they came from', () => {
    const a = answer('Where were the Dawn Brigade fighters killed by air strikes?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The western countryside of Hama and the southern countryside of Raqqa/);
  });
});
