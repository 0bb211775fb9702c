import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A part of a total ("including 3 women") counts the people its total counts: of those sentenced, not of those hanged.
const REPORTS = {
  'kestria-gallows.txt': `Lantern Watch: yearly count of hangings in Kestria 2031-2032

Lantern Watch, a monitoring group based in Tallin Vale, published its yearly count on Tuesday.

Between March 2031 and March 2032, at least 311 prisoners were hanged in Kestria, a rise of a third on the year before.

Over the same months, Kestrian judges sentenced at least 74 defendants to death, including at least 3 women, and ordered 9 hangings in public squares.
`,
};

describe('a part of a total told by another deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "sentenced 74 defendants to death, including 3 women" THEN it never says 3 women were among those hanged', () => {
    const a = ask(index, 'How many women were among those hanged in Kestria, according to the Lantern Watch count?').answer;
    expect(a.text).not.toMatch(/\b3 women\b|\bat least 3\b/i);
  });

  it('GIVEN the part asked by the deed of its total THEN the part answers', () => {
    const a = ask(index, 'How many women did Kestrian judges sentence to death, per Lantern Watch?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b3 women\b|\bat least 3\b/i);
  });
});
