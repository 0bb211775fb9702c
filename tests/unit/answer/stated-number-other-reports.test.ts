import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Two monitor reports on raids in the same province: a week's toll ("64 civilians … among them 15 children") and a
 * longer campaign's ("240 … including 90 children"). Asked of "the 64 civilians killed", the other report, which never
 * writes 64, tells of another toll: its children are no "different figure" for the same one.
 */
describe('another report beside a count the question pins by a number', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'week.txt': `The Valley Monitor

At least 64 civilians were killed in a week of raids by warplanes in the Varn countryside, and among the dead there are 15 children, the monitor documented.
`,
      'campaign.txt': `The Valley Monitor

About 240 civilians including 90 children were killed by raids on the Varn countryside since the 1st of March, while 500 others were wounded.
`,
    });
  });

  it('GIVEN "how many kids were among the 64 civilians killed in that week of Varn raids?" THEN 15, and not the campaign\'s 90', () => {
    const a = ask(index, 'also, how many kids were among the 64 civilians killed in that week of Varn raids?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b15\b/);
    expect(a.text).not.toMatch(/\b90\b/);
  });

  it('GIVEN no number stated THEN both reports may still be given', () => {
    const a = ask(index, 'how many children were killed by raids in the Varn countryside?').answer;
    expect(a.answered).toBe(true);
  });
});
