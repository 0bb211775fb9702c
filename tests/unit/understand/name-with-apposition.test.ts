import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What did Lirra, the nurse from Selmar, say at the Korvik march?": the description between commas after the name
 * says who Lirra is; the speaker asked is Lirra (the description had been read into the speaker's name, found nowhere).
 */
describe('a speaker asked with a description after the name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-march.txt': ` date 2031-05-12 Share:

Korvik - Hundreds of people, many of them exiles from Dorvan, marched on Saturday in Korvik to back the strikes in Dorvan. Tomas Brell, one of the organisers, said the crowd would pass 2,000 by nightfall. Some marchers had made the trip from other towns, among them a nurse of 31 from Selmar who gave only her first name, Lirra, and wore a cap that read "Free Dorvan". “We want the junta gone, and our rights back,” said Lirra, who left Dorvan four years ago to study nursing abroad.
`,
    });
  });

  it('GIVEN a quote said by a one-name speaker WHEN asked with a description after her name THEN her words', () => {
    const a = ask(index, 'what did Lirra, the nurse from Selmar, say at the Korvik march?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/junta gone/);
  });
});
