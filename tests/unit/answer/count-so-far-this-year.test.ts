import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A stored page (its " date 2031-05-02" field before the headline, no dateline of its own) whose other counts are all
 * of past years: "So far this year, Kessia has hanged 64 prisoners" is a count of the year the page was stored in,
 * 2031, not one of the past years the report's other counts are dated to. Asked of 2031, it answers; asked of 2030, it
 * is never given.
 */
describe('a count dated "so far this year" in a stored page', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'hangings.txt': ` date 2031-05-02 Hangings in Kessia rose by half last year, two monitors say

Kessia hanged at least 410 prisoners in 2030, up from 273 in 2029, the Harbour Monitor and the Dell Legal Aid Group said in their yearly report on Tuesday.

At least 58 of those hanged in 2030 had been convicted on drug charges, the groups said.

So far this year, Kessia has hanged 64 prisoners, according to the Harbour Monitor.
`,
    });
  });

  it('GIVEN "how many prisoners has kessia hanged so far in 2031 according to the harbour monitor" THEN 64', () => {
    const a = ask(index, 'how many prisoners has kessia hanged so far in 2031 according to the harbour monitor').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b64\b/);
  });

  it('GIVEN the year before asked THEN never the 64 of this year', () => {
    const a = ask(index, 'how many prisoners did kessia hang in 2030?').answer;
    expect(a.text).not.toMatch(/\b64 prisoners\b/);
  });
});
