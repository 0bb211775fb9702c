import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A month's total told as "the total that month", after the sentence names the day it grew: that month's count only.
const REPORTS = {
  'lorren.txt': `Hangings rise again in Lorren
Published: 6 May 2033 | Lorren Rights Watch

At least 11 prisoners were hanged across Lorren on 3 May, taking the month’s hangings to 52, the Lorren Rights Watch said on Thursday.
Most were convicted of drug offences after short trials.
`,
};

describe('a count of "that month" is of the month the sentence names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN executions "that month" after a date in May WHEN executions in April 2033 are asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'how many executions in april 2033 acording to the lorren rights watch');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same sentence WHEN executions in May 2033 are asked THEN 52 answers', () => {
    const { answer } = ask(index, 'how many executions were there in Lorren in May 2033');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/52/);
  });
});
