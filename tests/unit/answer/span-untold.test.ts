import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count of the whole year is not the count of one week asked.
const REPORTS = {
  'dorvik-hangings-tally.txt': `Dorvik hangings pass 700 this year

Dorvik has hanged at least 730 prisoners so far in 2031, the Glass Door Prison Observatory said on Monday.

The observatory, which updates its register every week, called the figure the highest it had ever recorded.
`,
};

describe('a count asked over a week', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the year\'s count THEN "how many in the week before" is declined', () => {
    const a = ask(index, "How many prisoners were hanged in Dorvik in the week before the observatory's statement?").answer;
    expect(a.text).not.toMatch(/\b730\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the year\'s count THEN the year is answered', () => {
    const a = ask(index, 'How many prisoners did Dorvik hang in 2031, according to the Glass Door Prison Observatory?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b730\b/);
  });
});
