import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report that writes no year and carries no date still answers a question naming a year (an archive's pages often
// leave the year to the page around them), but the answer says the year asked is not confirmed by it.
const REPORTS = {
  'kessa-hall.txt': `Exiles fill the Kessa exhibition hall

"There's a bigger crowd than ever; 40,000 people came today," said Oren Dalby, the organisers' press officer, at the exiles' rally in the exhibition hall in Kessa on Saturday.
`,
  'lindau-march.txt': `Lindau exiles march for Varnland
Published: 20 February 2031 | Lakeside Post

About 2,000 people took part in the march in Lindau on Sunday, the organisers said.
`,
};

describe('a year asked of a report that states none', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report with no year and no date WHEN the turnout "in 2031" is asked THEN its figure, saying the year is not confirmed', () => {
    const { answer } = ask(index, 'How many people came to the rally at the Kessa exhibition hall in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/40,000/);
    expect(answer.text).toMatch(/The report states no year, so this may not be from 2031\./);
  });

  it('GIVEN a dated report WHEN its year is asked THEN no such note', () => {
    const { answer } = ask(index, 'How many people took part in the march in Lindau in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2,000/);
    expect(answer.text).not.toMatch(/states no year/);
  });
});
