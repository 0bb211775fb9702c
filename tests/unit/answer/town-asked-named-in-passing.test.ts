import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A town a report names only in passing ("calm in Lestra and Morvane") is still the place a count question asks
// ("killed in Morvane"): the national toll, told with another town's protests, is not Morvane's.
const REPORTS = {
  'dalmar-unrest.txt': `Dalmar: unrest enters second week, toll reaches 31
Coast Courier, 9 April 2031

General Idris Kalo, commander of the national guard, declared the unrest over on Sunday, with marches in Pell Varosh and a dozen other cities now in a second week and 31 people dead so far.

State media said the situation in Lestra and Morvane was calm under a heavy police presence.

Activists said guards opened fire on marchers in Pell Varosh on Monday.
`,
};

describe('a town named only in passing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a national toll and calm in two towns WHEN "how many were killed in Morvane according to Kalo?" THEN not in the archive', () => {
    const { answer } = ask(index, 'How many people were killed in Morvane according to Kalo?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/\b31\b/);
  });
});
