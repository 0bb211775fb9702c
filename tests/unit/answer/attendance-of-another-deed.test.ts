import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A rally report from Kessa that gives no crowd size, and a rights report that names a Kessa-based group and counts
// demonstrators sentenced to hang. Asked how many attended the Kessa rally, the bot does not give the sentenced as the
// crowd: their figure tells of people harmed, not of people gathered.
const REPORTS = {
  'rally.txt': `Exiles rally in Kessa against the Varnian regime
Published: 9 March 2031 | Kessa Daily

KESSA — Varnian exiles held a rally outside the town hall of Kessa on Saturday, called by the Committee for a Free Varnia.

Speakers urged the city council to cut its ties with the regime.
`,
  'report.txt': `Varnia's executions rose sharply last year, rights groups say
Published: 2 April 2030 | Wire

Varnia executed at least 410 prisoners in 2029, up from 260 in 2028, according to the annual report of Varnia Rights Watch and the Kessa-based Coalition Against Hanging.

Since the unrest began, three people have been hanged for joining marches, at least 14 demonstrators were sentenced to hang after closed trials and dozens more remain at risk.
`,
};

describe('a crowd asked, a count of people harmed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  for (const question of ['how many people attended the kessa rally in 2029', 'how many ppl attended the kessa rally']) {
    it(`GIVEN only a count of protesters sentenced WHEN asked "${question}" THEN not in the archive`, () => {
      const { answer } = ask(index, question);
      expect(answer.answered).toBe(false);
      expect(answer.text.split('Closest')[0]).not.toMatch(/14/);
    });
  }

  it('GIVEN the same reports WHEN the protesters sentenced are asked THEN their count', () => {
    const { answer } = ask(index, 'how many demonstrators were sentenced to hang in varnia');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/14/);
  });
});
