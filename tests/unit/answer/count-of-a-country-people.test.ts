import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A toll qualified by the people of the country the protests are in ("at least 212 Iranian protesters") counts all of
// them, not a part: asked how many were killed in the protests, it answers (a people of one town or faith does not:
// count-of-a-named-part.test.ts).
const REPORTS = {
  'fuel-toll.txt': `Monitor raises toll of the fuel price unrest
Published: 14 November 2032 | Lantern Post

The Quill Street Rights Circle said on Thursday that at least 212 Iranian protesters had been killed since fuel prices were tripled at the start of the month.
The circle said it had checked each name with relatives and with hospital staff.
`,
};

describe('a count of a country’s own people is no named part', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a toll of "Iranian protesters" WHEN how many protesters died in the November 2032 unrest is asked THEN 212 answers, credited to the circle', () => {
    const { answer } = ask(index, 'How many protesters died in the November 2032 unrest, according to the Quill Street Rights Circle?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/212/);
    expect(answer.citations[0]?.file).toBe('fuel-toll.txt');
  });
});
