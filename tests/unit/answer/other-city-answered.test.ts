import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where did the barrel bombs fall in Dervan?" names the city. A report of barrel bombs dropped on the northern city
// of Kessab, which never names Dervan in that sentence, tells of another city: Kessab is no answer.
const REPORTS = {
  'kessab-barrel-bombs.txt': `Barrel bombs kill 36 in northern Varnland
Published: 16 December 2031 | Harbour Post

At least 36 people, including children, have died after army helicopters dropped improvised barrel bombs on the northern city of Kessab, opposition activists say.

Meanwhile, rebels attacked the town of Adra, north-east of Dervan, on Wednesday.
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

  it('GIVEN the same report WHEN where the barrel bombs fell is asked THEN the northern city of Kessab', () => {
    const { answer } = ask(index, 'Where did the barrel bombs fall in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Kessab/);
  });
});
