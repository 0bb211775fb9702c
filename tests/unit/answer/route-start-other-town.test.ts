import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report tells of marches in two towns; its sentence "the demonstration had begun at Lantern Square in the centre of
// the capital" is of the Kastel march (the archive's events hold Lantern Square in Kastel). Asked where the march in
// Orvel started, that square is no answer: the archive does not say.
const REPORTS = {
  'two-towns.txt': `Police clash with Valdor protesters in Orvel and Kastel

Police clashed with demonstrators trying to reach Valdor's embassies in Orvel and Kastel on Sunday.

In Orvel, police said they made nine arrests as marchers tried to break through barriers near the embassy.

The demonstration had begun peacefully at Lantern Square in the centre of the Kastel region's capital.
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
