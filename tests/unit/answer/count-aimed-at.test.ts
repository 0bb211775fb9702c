import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "a framework aimed at backing the return of 900,000 refugees and 1.6 million displaced people": numbers a plan
// aims at, not counts of people who returned or were displaced.
const REPORTS = {
  'harbour-returns.txt': `Relief office: 1.1 million back in Varnia

 date 2032-05-10 Some 300,000 Varnian refugees have come back from nearby states since the fall of the Morrow government, the Harbour Relief Office (HRO) said on Friday.

By the office's newest count, more than 800,000 people uprooted inside the country also went home over the same months, for a total of over 1.1 million returnees.

The HRO launched a relief framework aimed at backing the return of 900,000 refugees and 1.6 million internally displaced people in 2032. It has raised only $40M of the $300M it asked for.

More than 2 million Varnian refugees still live in nearby states, among them Tarnland, Osk and Pell.
`,
};

describe('a number a plan aims at', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  for (const question of [
    'total number of returnees (refugees plus displaced people) in Varnia according to the HRO in May 2032?',
    'how many internally displaced people returned in 2032?',
    'How many refugees returned to Varnia in 2032?',
  ]) {
    it(`GIVEN a relief plan's aim of 900,000 and 1.6 million WHEN asked "${question}" THEN neither aim is given as a count`, () => {
      const { answer } = ask(index, question);
      expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/900,000|1\.6 million/);
    });
  }

  it('GIVEN the same report WHEN asked what the framework aims at THEN the aim may be given', () => {
    const { answer } = ask(index, 'How many refugees does the HRO framework aim to help return in 2032?');
    if (answer.answered) expect(answer.text).toMatch(/900,000/);
  });
});
