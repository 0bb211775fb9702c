import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A spokeswoman sets out demands "as follows:" and the report numbers them on the lines under the sentence. Asked
// what she demanded, the bot gives the items, not only the sentence announcing them.
const REPORTS = {
  'brenn.txt': `Varnian exiles march in Brenn for the jailed students
Published: 2 March 2032 | Brenn Morning Star

BRENN — Some 900 Varnian exiles marched from the old harbour to the Brenn town hall on Friday.

Ilse Marant, spokeswoman of the Varnian Students Abroad, addressed the marchers from a truck and set out their demands as follows:

1. Close the Varnian trade office in Brenn;
2. Free the students jailed since the winter strikes;
3. Send observers to the trials in Varnia.
`,
};

describe('a list of demands under a sentence ending with a colon', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  for (const question of ['What did Ilse Marant demand?', 'What was the first demand Ilse Marant set out for the Brenn march?']) {
    it(`GIVEN demands numbered after "as follows:" WHEN asked "${question}" THEN the items`, () => {
      const { answer } = ask(index, question);
      expect(answer.answered).toBe(true);
      expect(answer.text).toMatch(/Close the Varnian trade office/);
    });
  }
});
