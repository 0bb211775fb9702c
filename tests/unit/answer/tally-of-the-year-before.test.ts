import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A year's tally is published early the next year: the report is dated the next year, its title and its own clauses
// name the year counted ("in the calendar year 2030"). Asked of the publication year, its counts answer nothing.
const REPORTS = {
  'brevia-tally.txt': `BREVIA - Final count of hangings in 2030
Published: 9 January 2031 | Harbour Wire

9 January 2031 - The monitors have closed their books on last year. Each monitor closed the year on its own number: 611 hangings by the Lantern Network's count, 598 by Osk Watch's and 604 by the Brevia Rights Desk's.
The Coalition Against the Rope, pooling what all of them found, says at least 620 hangings were carried out in Brevia in the calendar year 2030.
`,
};

describe('a tally of one year published the next', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "at least 620 hangings … in the calendar year 2030" WHEN the hangings of 2031 are asked THEN not in the archive', () => {
    const { answer } = ask(index, 'How many people were hanged in Brevia in 2031 according to the Coalition Against the Rope?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a report titled with 2030 and published in 2031 WHEN the count of 2031 of one group is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'How many hangings did Osk Watch count in Brevia in 2031?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same report WHEN the count of 2030 is asked THEN the coalition\'s count', () => {
    const { answer } = ask(index, 'How many people were hanged in Brevia in 2030 according to the Coalition Against the Rope?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/620/);
  });
});
