import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The only count the league gives is of one people in one town ("at least 57 Dorvani people … in Halsk"). Asked how
// many were killed in the whole wave of protests, that part is no answer; asked of the Dorvani, it is.
const REPORTS = {
  'halsk-toll.txt': `Protest deaths rise in Halsk crackdown
Published: 8 October 2032 | Meridian Wire

Protests against fuel prices have spread across Varnia since the start of October.
The rights group Open Door League said on Friday that at least 57 Dorvani people had been killed in Halsk, the capital of the eastern province, since the previous Monday.
Security forces opened fire on crowds after weekly prayers, witnesses told the league.
`,
};

describe('a count of one named part given for all', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the Dorvani dead in Halsk are counted WHEN the whole toll of the October protests per the league is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'How many people were killed in the October 2032 protests according to the Open Door League?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the Dorvani dead are counted in Halsk WHEN how many were killed in Halsk is asked THEN the count answers', () => {
    const { answer } = ask(index, 'How many people were killed in Halsk according to the Open Door League?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/57/);
  });

  it('GIVEN the Dorvani dead are counted WHEN how many Dorvani were killed is asked THEN the count answers', () => {
    const { answer } = ask(index, 'How many Dorvani people were killed, according to the Open Door League?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/57/);
  });
});
