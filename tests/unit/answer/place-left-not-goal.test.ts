import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "said a farmer who escaped the village of Kessem": the place people left is where they came from. Asked where the
 * families were heading, or where they went, it is no answer; nor is a page's "Account section" a place. Asked where
 * he escaped from, the village answers.
 */
const REPORTS: Record<string, string> = {
  'dornvale-flight.txt': `Families flee the shelling of Dornvale

Thousands of families fleeing the shelling of Dornvale province have reached tented camps near the Ostrian frontier, the UN relief office said on Monday.

"We lost everything in one night," said Omar Haddan, 44, who escaped the village of Kessem in Dornvale province with his children last week.

To leave a comment, please open the Account section of your reader page first.
`,
};

describe('a place left is not where people went', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "escaped the village of Kessem" WHEN asked where the families fleeing were heading THEN not Kessem', () => {
    const a = ask(index, 'Where were the families fleeing the shelling of Dornvale heading last week?').answer;
    expect(a.text).not.toMatch(/Kessem/);
  });

  it('GIVEN the same report WHEN asked where the families who fled went THEN neither Kessem nor the Account section', () => {
    const a = ask(index, 'where did the families who fled dornvale go?').answer;
    expect(a.text).not.toMatch(/^The village of Kessem|^The Account/);
  });

  it('GIVEN the same sentence WHEN asked where Omar Haddan escaped from THEN the village of Kessem', () => {
    const a = ask(index, 'Where did Omar Haddan escape from?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kessem/);
  });
});
