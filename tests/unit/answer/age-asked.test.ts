import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "dunmere hunger strikers, how old r they": an age is asked; a passage that merely shares a word of the question
 * ("the old camp") gives none, and one that tells an age ("aged between 30 and 50") answers.
 */
const STRIKE = `The Vardanians On Hunger Strike in Dunmere

Five activists have been protesting outside the Norvian embassy for two months.

04 March 2031

At their camp outside the Norvian embassy in Dunmere, five supporters of the Vardanian opposition are on their 60th day of hunger strike.

The hunger strikers in Dunmere say around 80 exiles stayed at the old camp in Kessia to sell off property, and that 30 from that group were killed in January.
`;

describe('an age asked', () => {
  let index: ArchiveIndex;
  let told: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'dunmere-strike.txt': STRIKE });
    told = await archiveOfTexts({ 'dunmere-strike.txt': STRIKE.replace('five supporters of the Vardanian opposition are', 'five supporters of the Vardanian opposition, all aged between 30 and 50, are') });
  });

  it('GIVEN "how old r they" and no age told THEN nothing is answered (not the "old camp")', () => {
    const a = ask(index, 'dunmere hunger strikers 2031, how old r they').answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN "how old r they" and the strikers\u2019 ages told THEN an answer that says them stands', () => {
    const a = ask(told, 'dunmere hunger strikers 2031, how old r they').answer;
    if (a.answered) expect(a.text).toMatch(/aged between 30 and 50/);
  });
});
