import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor's list of two executions: one prisoner named, then how long he was held told in a sentence opening on
// "He"; the next one named with his age. Asked how many years the first spent in prison, the bot never gives the
// second one's age.
const REPORTS = {
  'varn-hangings.txt': `Varn Justice Monitor: two hangings in April
Published: 2 May 2031 | Varn Justice Monitor

On April 4, 2031, the sentence of Arman Tesk, a teacher from Dorn, was carried out in Kessa Central Prison.
By then he had spent more than eleven years behind bars.

On April 19, 2031, the 27-year-old Lio Marr was hanged after a trial his family called unfair.
`,
};

describe('a stretch of time asked of a named person', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two hangings WHEN asked how many years Arman Tesk had been in prison THEN not the other prisoner\'s age', () => {
    const { answer } = ask(index, 'how many years had Arman Tesk been in prison?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/27/);
  });
});
