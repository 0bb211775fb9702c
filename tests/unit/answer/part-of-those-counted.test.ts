import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "how many of those 120 civilians killed were women?": the people named after "were" are the part counted, so of a
 * breakdown ("30 children and 12 women") the count of that part answers, not the first one listed.
 */
const REPORTS: Record<string, string> = {
  'tarvos-shelling.txt': `Shelling of Tarvos kills scores

May 12, 2031

At least 120 civilians were killed in regime attacks on Tarvos between May 2 and May 9, according to the Kelmar Rights Network.

The fatalities included 30 children and 12 women, according to the monitoring group.
`,
};

describe('a part of the people counted, asked with "how many of those … were"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each([
    ['how many of the dead were children?', ['@child']],
    ['and how many of those 120 civilians killed were women?', ['@woman']],
  ])('GIVEN "%s" THEN the part after "were" is counted', (q, counted) => {
    expect(analyseQuestion(q).counted).toEqual(counted);
  });

  it('GIVEN "how many of them were arrested" THEN a deed after "were" is no noun counted', () => {
    expect(analyseQuestion('how many of them were arrested?').counted).toBeUndefined();
  });

  it('GIVEN "and how many of those 120 Tarvos civilians killed were women" THEN the women, not the children listed first', () => {
    const a = ask(index, 'and how many of those 120 Tarvos civilians killed were women?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^12 women/);
  });
});
