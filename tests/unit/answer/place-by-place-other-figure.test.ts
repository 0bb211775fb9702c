import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A count asked of one place in a sentence that counts place by place ("220 in Dunmarsh") is that place's; another
 * report's figure for the whole country is no other figure for it.
 */
const REPORTS: Record<string, string> = {
  'by-province.txt': `Monitor: 900 killed in Ostrevia protests

December 3, 2031

The Kastel Monitor said there have been 300 killed in Lisk Province, another 220 in Dunmarsh, 150 in Varn, and 80 in Brenn during the November 2031 protests.
`,
  'national.txt': `Day 30 of the Ostrevia protests: exiles rally in Lisk

Written by a staff reporter on 28 December 2031 .

Saturday, December 28 marks the 30th day since the Ostrevia protests began. According to the Kastel Monitor, over 900 protesters were killed last month by the security forces.
`,
};

describe('a place asked in a count given place by place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "another 220 in Dunmarsh" THEN asked of Dunmarsh the answer is 220, with no country-wide figure beside it', () => {
    const a = ask(index, 'kastel monitor nov 2031 toll by province - dunmarsh?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^220/);
    expect(a.text).not.toMatch(/different figure/);
  });
});
