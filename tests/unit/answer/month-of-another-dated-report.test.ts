import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An appeal ruling's report, dated only in its photo caption (Nov. 8, 2032), recalls the first verdict "in 2031" and
// counts the exiles outside the court that day. Asked how many gathered there in June 2031 or July 2032 (or who
// spoke there in February 2032), the bot does not give the appeal day's crowd; asked of November 2032 it does.
const REPORTS = {
  'harnby-appeal.txt': `Appeals Court Upholds Sentence of Former Camp Guard

Exiles cheer the ruling outside the Harnby appeals court, Nov. 8, 2032.

An appeals court in Harnby on Monday upheld the twelve-year sentence of Edo Karst, a former guard at the Vell labour camp.

In 2031, the Harnby District Court found Karst guilty of torture, a ruling the Varnian government called an insult.

The ruling was greeted with applause by about 300 exiles who had gathered in front of the courthouse, said Tova Renn of the Camp Survivors Circle.
`,
};

describe('a month asked of a report dated by other months', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  for (const question of [
    'How many exiles gathered outside the court in June 2031?',
    'How many exiles gathered outside the court in July 2032?',
    'Who spoke for the survivors outside the court in February 2032?',
  ]) {
    it(`GIVEN a report dated Nov. 8, 2032 that never writes the month WHEN asked "${question}" THEN not in the archive`, () => {
      const { answer } = ask(index, question);
      expect(answer.answered).toBe(false);
    });
  }

  it('GIVEN the same report WHEN asked of November 2032 THEN about 300', () => {
    const { answer } = ask(index, 'How many exiles gathered outside the Harnby court in November 2032?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/300/);
  });
});

// The same kind of report, dated Nov. 8, 2032 in its caption, tells a vigil of "Sept. 30": "Sept." is September
// written short, so asked of September 2032 the report does write the month asked.
const SHORT_MONTH = {
  'orlin-vigil.txt': `Survivors Recall Camp Vigil at Appeal Ruling

Exiles cheer the ruling outside the Orlin appeals court, Nov. 8, 2032.

An appeals court in Orlin on Monday upheld the sentence of a former guard at the Dask camp.

On Sept. 30 about 450 exiles held a candle vigil in front of the Orlin courthouse, said Mira Holt of the Dask Survivors League.
`,
};

describe('"Sept." is the month asked', () => {
  it('GIVEN a report dated Nov. 8, 2032 that writes "On Sept. 30" WHEN asked of September 2032 THEN about 450', async () => {
    const index = await archiveOfTexts(SHORT_MONTH);
    const { answer } = ask(index, 'How many exiles held a vigil in front of the Orlin courthouse in September 2032?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/450/);
  });
});
