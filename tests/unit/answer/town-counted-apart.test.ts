import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A monitor's report that tells the day's dead village by village ("4 civilians including 3 cousins in Tarrow"),
 * then the toll of the whole campaign ("212 including 70 children"). Asked how many children died in one village,
 * the campaign's children are no answer: the village's own sentence counts no children, so nothing answers.
 */
describe('a count asked of a town the report counts apart', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'raids.txt': `Warplanes pound the Dunmore countryside

The Valley Monitor for Civil Rights

Air raids kept hitting the villages of Orla, Pessin, Tarrow and Kelb on Thursday.

The raids caused the death of a man and his son in Orla, of 4 civilians including 3 cousins in Tarrow, and of an elderly woman in Kelb.

This raised the toll to 212 including 70 children and 40 women killed by raids since the 3rd of May, while 600 others were wounded.
`,
    });
  });

  it('GIVEN "how many children were killed in Tarrow by the Dunmore raids?" THEN no answer, not the campaign\'s children', () => {
    const a = ask(index, 'how many children were killed in Tarrow by the Dunmore raids?').answer;
    expect(a.text).not.toMatch(/\b70\b|\b212\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the campaign asked THEN its children are counted', () => {
    const a = ask(index, 'how many children were killed by the raids since 3 May?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b70\b/);
  });
});
