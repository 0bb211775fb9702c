import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count of one nation's soldiers does not answer how many of another nation's soldiers were killed.
const REPORTS = {
  'brenna-border.txt': `Georgian troops pull back from Brenna valley

Kelsport, May 9, 2031 – The Georgian defence ministry said on Friday that rebel drones had killed 23 Georgian soldiers in the Brenna valley during April.

Georgian gunners answered by shelling three rebel depots near the river crossing, the ministry added.

French envoys have offered to host talks between the two sides in Kelsport.
`,
};

describe('soldiers of another nation', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN 23 Georgian soldiers killed THEN how many French soldiers were killed is not answered with them', () => {
    const a = ask(index, 'How many French soldiers were killed in the Brenna valley in April?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/\b23\b/);
  });

  it('GIVEN 23 Georgian soldiers killed THEN how many Georgian soldiers were killed is answered', () => {
    const a = ask(index, 'How many Georgian soldiers were killed in the Brenna valley in April?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b23\b/);
  });
});
