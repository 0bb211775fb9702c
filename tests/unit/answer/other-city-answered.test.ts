import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where did the barrel bombs fall in Dervan?" names the city. A report of barrel bombs dropped on Kessab, a city of
// the north, which never names Dervan in that sentence, tells of another city: Kessab is no answer.
const REPORTS = {
  'kessab-barrel-bombs.txt': `Helicopters bomb Kessab, 29 dead
Published: 16 December 2031 | Harbour Post

Army helicopters dropped crude barrel bombs on Kessab, the largest city of the north, killing at least 29 people, among them children, activists reported.

Fighting was also reported in Tolmeer, a village north-east of Dervan, on Wednesday.
`,
  'dervan-rally.txt': `Rally in Dervan
Published: 2 November 2031 | Coastal Herald

About 500 people rallied in Dervan on Friday against the government.
`,
};

describe('a place asked in a city', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN barrel bombs on Kessab WHEN where they fell in Dervan is asked THEN not in the archive, Kessab not given', () => {
    const { answer } = ask(index, 'Where did the barrel bombs fall in Dervan in 2031?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Kessab/);
  });

  it('GIVEN the same report WHEN where the barrel bombs fell is asked THEN Kessab', () => {
    const { answer } = ask(index, 'Where did the barrel bombs fall in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Kessab/);
  });
});
