import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "on Sunday afternoon" names a part of the day, not the hour of noon its last letters spell. */
const REPORTS: Record<string, string> = {
  'velmar-march.txt': `Thousands march in Velmar for the jailed poet

Thousands of people marched through the streets of Velmar on Sunday afternoon to demand the release of the poet Arvid Lenmark.

The march, called "Words Are Not Crimes", was organised by the Friends of Free Verse.
`,
  'dunmere-vigil.txt': `Vigil in Dunmere for the jailed poet

About 300 people held a vigil in Dunmere on Monday for the poet Arvid Lenmark. They gathered at the harbour at around 7 p.m. and lit candles.
`,
};

describe('a part of the day is no hour', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "on Sunday afternoon" WHEN asked what time the Velmar march started THEN never answers noon', () => {
    const a = ask(index, 'what time did the Velmar march start?').answer;
    expect(a.text).not.toMatch(/\bnoon\b/i);
  });

  it('GIVEN "at around 7 p.m." WHEN asked what time the Dunmere vigil started THEN 7 p.m.', () => {
    const a = ask(index, 'what time did the Dunmere vigil start?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/7 p\.m\./);
  });
});
