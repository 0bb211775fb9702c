import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A weekday is asked of a gathering the report dates in full; another is dated without its year.
const REPORTS = {
  'lindau-ferry.txt': `Ferry crews march in Lindau over pay

Ferry crews marched along the Lindau harbour front on 14 March 2030 to demand a pay rise.

The march ended at the ferry office, where the crews left a letter for the owners.
`,
  'brisk-bakers.txt': `Bakers rally in Brisk against flour prices

Bakers rallied outside the Brisk town hall on 9 June to protest against the price of flour.

They handed out bread to passers-by.
`,
};

describe('a weekday asked of a dated gathering', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the report dates the march in full WHEN asked the day of the week THEN the weekday of that date is given', () => {
    const { answer } = ask(index, 'What day of the week did the ferry crews march in Lindau?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Thursday/);
  });

  it('GIVEN the date has no year and no weekday is written WHEN asked the day of the week THEN it is declined', () => {
    const { answer } = ask(index, 'What day of the week did the bakers rally in Brisk?');
    expect(answer.answered).toBe(false);
  });
});
