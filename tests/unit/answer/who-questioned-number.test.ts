import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who disputed the number of deaths given by the monitor?" asks a person; "the number of" is what that person did
// something about. The figure itself is no answer; the one who disputed it is. Asked "how many", the figure answers.
const REPORTS = {
  'ostra-unrest.txt': `Dispute over the Ostra protest toll
Published: 2 May 2035 | Valley Gazette

The Delta Monitor put the number of protesters killed in the Ostra protests at 93 on Tuesday.

Regional security chief Temo Vasquell disputed the figure given by the monitor, accusing it of listing the same victims twice.

Shops in the old town stayed shut on Wednesday.
`,
};

describe('a who-question about a number', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a figure and the official who disputed it WHEN who disputed the number is asked THEN not the figure', () => {
    const { answer } = ask(index, 'Who disputed the number of deaths given by the Delta Monitor for the Ostra protests?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b93\b/);
  });

  it('GIVEN the same report WHEN how many died is asked THEN the figure', () => {
    const { answer } = ask(index, 'How many protesters were killed in the Ostra protests according to the Delta Monitor?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b93\b/);
  });
});
