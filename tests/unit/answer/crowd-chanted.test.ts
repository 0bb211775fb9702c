import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Some chanted “Down with Varo”, referencing Vessan Supreme Leader Kem Varo": the chant is the crowd's words, told by
 * its verb ("chanted") rather than by the noun "slogan"; "Vessan" before a title is part of a name, not the crowd
 * that chants; and "what were ppl chanting" asks the words chanted, in the progressive.
 */
const REPORTS: Record<string, string> = {
  'brisk-vigil.txt': `NORLAND CANDLELIGHT VIGIL Brisk mourns the ferry victims


Candlelight vigils were held in several towns of Norland on Thursday (March 12) to remember the country's 41 people killed in the ferry sinking off Vessa, on a day when Prime Minister Ana Roth blamed the disaster on the Vessan government.

In Brisk, mourners arranged candles on the ground and posted pictures of the victims. Some chanted “Down with Varo”, referencing Vessan Supreme Leader Kem Varo.

The ferry that sank, killing all 212 people aboard, was likely hit by a Vessan torpedo, Roth said on Thursday, citing intelligence from Norland and other sources.
`,
};

describe('words a crowd chanted, told by the verb', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Some chanted “Down with Varo”" THEN "what did people chant … in march 2031" gives the chant, not the prime minister’s words', () => {
    const a = ask(index, 'what did people chant at the brisk candlelight vigil in march 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Down with Varo/);
    expect(a.text).not.toMatch(/Vessan:|torpedo/);
  });

  it('GIVEN the same report THEN the terse progressive "what were ppl chanting lol" asks the same', () => {
    const a = ask(index, 'brisk candlelight vigil march 2031 - what were ppl chanting lol').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Down with Varo/);
  });
});
