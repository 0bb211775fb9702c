import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// One report tells of a yearly gathering's June 13 edition without saying when the series began. Asked since what year
// the gathering has been held, the bot does not give the day of that one edition (probefr3).
const REPORTS = {
  'harnby-gathering.txt': `Exiles converge on Harnby for their yearly gathering

Harnby – Tens of thousands of exiles came to Harnby for their yearly gathering. The meeting of June 13 brought together 40,000 people from 52 countries, said Ivo Brandt, the organising committee's spokesman.
`,
};

describe('since when a lasting thing has been, asked of one occasion', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the June 13 edition of a yearly gathering and no start told WHEN asked since what year it has been held THEN it abstains', () => {
    const { answer } = ask(index, 'Since what year has the yearly Harnby gathering been held?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('since when');
  });

  it('GIVEN the same report WHEN asked when the June meeting in Harnby was THEN June 13', () => {
    const { answer } = ask(index, 'When was the meeting of exiles in Harnby?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 13/);
  });
});
