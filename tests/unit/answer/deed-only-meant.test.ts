import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A deed only meant or tried ("sought to kill", "tried to kill") counts those who meant it: no one was killed.
const REPORTS = {
  'korvel-verdict.txt': `Consul jailed over foiled attack on exile congress

Baltic Courier

A court in Tessa on Monday jailed a consul of Marosia for 14 years over a foiled plan to attack an exile congress in Lindholm in 2027.

"The consul and two helpers sought to kill the congress leaders," the judges wrote, adding that the plan was uncovered by the Lindholm police.

The helpers were given nine and eleven years.
`,
};

describe('a deed only meant or tried is no toll', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "two helpers sought to kill the leaders" THEN no count of the killed is given', () => {
    const a = ask(index, 'How many people were killed in the 2027 attack plot in Lindholm?').answer;
    expect(a.text).not.toMatch(/\btwo\b/i);
    expect(a.answered).toBe(false);
    expect(index.data.figures.some((f) => f.measure === 'killed')).toBe(false);
  });

  it('GIVEN the sentence THEN the prison term is still read', () => {
    const a = ask(index, 'How many years was the consul of Marosia jailed for?').answer;
    expect(a.text).toMatch(/\b14\b/);
  });
});
