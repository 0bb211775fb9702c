import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count of the year so far, told in a sentence dated in some month, is no count of that month.
const REPORTS = {
  'varn-gallows-statement.txt': `Prisoners in Varn start hunger strike over hangings

Inmates of Kolder jail began a hunger strike on Tuesday against the hangings, their families said.

The Northgate Justice League on March 9 asked for an end to the hangings, saying more than 410 prisoners had been hanged so far in 2031, most of them for drug crimes.

Relatives gathered outside the jail gates on Wednesday.
`,
};

describe('the year so far', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "on March 9 … more than 410 prisoners had been hanged so far in 2031" THEN "how many hangings did the justice league record in march 2031" is declined', () => {
    const a = ask(index, 'how many hangings did the northgate justice league record in march 2031').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/410/);
  });

  it('GIVEN the same report THEN "how many prisoners were hanged in 2031" is still answered', () => {
    const a = ask(index, 'how many prisoners were hanged in 2031 according to the northgate justice league?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/410/);
  });
});
