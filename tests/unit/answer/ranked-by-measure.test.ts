import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which district saw the highest number of arrests?" ranks by arrests. A report that ranks the districts only by
// deaths ("the highest number of deaths was in Norrow") does not tell which came first in arrests; asked by deaths,
// it answers.
const REPORTS = {
  'harlan-unrest.txt': `Harlan unrest: monitor gives new toll
Published: 8 August 2036 | Plains Herald

At least 64 people have been killed in three weeks of unrest across Harlan province, the Pellan Rights Group said on Monday.

The highest number of deaths has been recorded in the district of Norrow, the group said, with a third of the total.

Hundreds more have been detained, it added, without giving a figure.
`,
};

describe('a ranking asked by one measure', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN districts ranked only by deaths WHEN the district with the most arrests is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'Which district recorded the highest number of arrests in the Harlan unrest, according to the Pellan Rights Group?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Norrow/);
  });

  it('GIVEN the same report WHEN the district with the most deaths is asked THEN Norrow', () => {
    const { answer } = ask(index, 'Which district recorded the highest number of deaths in the Harlan unrest, according to the Pellan Rights Group?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Norrow/);
  });
});
