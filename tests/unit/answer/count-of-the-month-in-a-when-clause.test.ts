import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor's monthly bulletin: its own month's count opens the report, and the counts of the same month in two earlier
// years stand each in a "when" clause of a comparison. Asked one of those earlier months, the bot gives that month's
// count from its clause, cited, instead of saying it only holds the bulletin's own month.
const REPORTS = {
  'varn-bulletin.txt': `Varn Justice Monitor: bulletin for March 2031
Published: 3 April 2031 | Varn Justice Monitor

In March 2031, the courts of Varn hanged 57 prisoners, the highest monthly figure the monitor has recorded.

That is a rise of 58% on March 2030 when the authorities executed 36 prisoners, and more than double March 2029 when 24 people were executed.
`,
};

describe('the count of a month told in a "when" clause', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a bulletin comparing months WHEN asked the executions in March 2029 THEN that month\'s count, cited', () => {
    const { answer } = ask(index, 'how many ppl were executed in varn in march 2029');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^24 people were executed in March 2029/);
    expect(answer.citations[0]?.excerpt).toMatch(/March 2029 when 24/);
  });

  it('GIVEN the same bulletin WHEN asked the executions in March 2030 THEN 36', () => {
    const { answer } = ask(index, 'How many people were executed in Varn in March 2030?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^36 prisoners in March 2030/);
  });

  it('GIVEN the same bulletin WHEN asked a month it never counts THEN not in the archive', () => {
    const { answer } = ask(index, 'How many people were executed in Varn in February 2031?');
    expect(answer.answered).toBe(false);
  });
});
