import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "how much explosive did they have": an amount in a unit of weight, money or share ("300 grams"), never a bare count of
 * people or things ("the two suspects").
 */
const REPORTS: Record<string, string> = {
  'dorvan-camp.txt': `Two dead in shelling of Dorvan camp

March 3, 2031

Shells struck the Dorvan refugee camp outside Kelmar before dawn on Sunday, the camp's residents said.

But Ilan Matz, a spokesman for the residents at Dorvan, said two people were killed -- one woman and one man -- and more than 20 wounded.

Police said the two thirty-somethings arrested near the camp on Saturday had a detonator and 300 grams of explosives in their van.
`,
};

describe('an amount asked with "how much"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN \"how much explosive did the suspects have\" THEN the amount in grams, not the two suspects", () => {
    const a = ask(index, 'dorvan camp attack - how much explosive did the suspects have?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^300 grams/);
  });
});
