import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report tells of marches in two towns; its sentence "the demonstration had begun at Lantern Square in the centre of
// the capital" is of the Kastel march (the archive's events hold Lantern Square in Kastel). Asked where the march in
// Orvel started, that square is no answer: the archive does not say.
const REPORTS = {
  'two-towns.txt': `Police clash with Valdor protesters in Orvel and Kastel

Marchers in Orvel and Kastel scuffled with officers on Sunday as they pushed towards Valdor's embassies.

In Orvel, nine people were detained when a crowd forced its way past a cordon near the mission, officers said.

The demonstration had started peacefully at Lantern Square in the heart of the Kastel region's capital.
`,
  'kastel-rally.txt': `Rally at Lantern Square in Kastel for Valdor

By Dana Roe, Kastel Courier
March 2, 2031

About 3,000 people held a rally at Lantern Square in Kastel on Saturday in support of the protests in Valdor.
`,
};

describe('where a route started, of the town asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a square the archive holds in another town WHEN where the march in Orvel started is asked THEN that square is not the answer', () => {
    const { answer } = ask(index, 'where did the march in orvel start');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Lantern Square/);
  });
});
