import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Amounts that count the deeds or the arms that did them ("Two car bombs killed 30", "Three “massacres” were
// recorded …, leaving 40 dead", "Four drone strikes wounded 25") are no count of the people the deed befell.
const REPORTS = {
  'varn-blasts.txt': `Blasts and raids across the Varn valley
March 3, 2037

Two car bombs killed 30 people in the Varn market on Sunday, the provincial health office said.
In the hill villages of Oska, three “massacres” were recorded overnight, leaving 40 civilians dead.
Four drone strikes wounded 25 farmers near the Oska dam.
`,
};

describe('an amount of deeds or arms', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Two car bombs killed 30 people", "three “massacres” …, leaving 40 civilians dead" and "Four drone strikes wounded 25" THEN only the people are counted as killed or wounded', () => {
    const counted = index.data.figures.filter((f) => f.measure === 'killed' || f.measure === 'injured').map((f) => f.text);
    expect(counted.sort()).toEqual(['25', '30', '40']);
  });

  it('GIVEN the same report WHEN how many were killed in the Varn market is asked THEN 30, not the two bombs', () => {
    const { answer } = ask(index, 'How many people were killed in the Varn market?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b30 people/);
    expect(answer.text).not.toMatch(/\b(?:two|2) people/i);
  });
});
