import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A court report on a smuggling plot: the courier moved the parcels from one country to another, "where they were
// handed to" two men. Asked where the parcels were handed over, the bot gives the place the "where" clause hangs on,
// not the country they left from (it declined, every place of the sentence weighing too little).
const REPORTS = {
  'plot.txt': `Courier jailed over parcel plot
By Harbour Wire staff
April 8, 2031

A court in Velm on Tuesday jailed a courier for nine years over a plot to smuggle stolen parcels of gold.

Prosecutors said the courier had used his diplomatic car to move the parcels from Norland to Ostrand, where they were handed to two men waiting in a van.

The two men were arrested at a border post the next morning.
`,
};

describe('the place a where-clause tells the deed of', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "from Norland to Ostrand, where they were handed to two men" WHEN asked "Where were the parcels handed over to the two men?" THEN Ostrand', () => {
    const { answer } = ask(index, 'Where were the parcels handed over to the two men?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Ostrand/);
    expect(answer.citations[0]?.excerpt).toContain('where they were handed');
  });
});
