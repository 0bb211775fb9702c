import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many were killed according to the Ledger Daily?": the outlet asked is the one that published the report, and
 * its report gives the count credited to a rights group. The answer is that count, with its own claimant; another
 * outlet's report, giving another count, is not the one asked, even where the two counts disagree. ("Daily" in an outlet's name asks no rate either.)
 */
const REPORTS: Record<string, string> = {
  'ledger-toll.txt': `Toll of the Varnesh crackdown rises
Ledger Daily
12 March 2031

Human Rights Watch said on Tuesday that at least 214 protesters had been killed in Varnesh since February.

Families of the detained gathered outside the courthouse on Monday.
`,
  'courier-toll.txt': `Varnesh: families count their dead
Tamsford Courier
14 March 2031

The Kestrel Rights Centre said that 260 protesters had been killed in Varnesh since the unrest began.
`,
  'weekly-toll.txt': `Varnesh toll
The Morning Star Weekly
16 March 2031

The toll in Varnesh reached 230 dead, activists said.
`,
};

describe('the outlet that published a report, asked as the source of its count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a Ledger Daily report crediting 214 dead to a rights group THEN "according to the Ledger Daily" gives 214 from it, not the other outlet’s 260', () => {
    const a = ask(index, 'how many were killed according to the Ledger Daily?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/214/);
    expect(a.text).toMatch(/Human Rights Watch/);
    expect(a.text).not.toMatch(/260|230/);
    expect(a.citations[0]?.file).toBe('ledger-toll.txt');
  });

  it('GIVEN the same THEN the other outlet asked gives its own report’s count', () => {
    const a = ask(index, 'how many were killed according to the Tamsford Courier?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/260/);
    expect(a.text).not.toMatch(/214/);
  });

  it('GIVEN three outlets’ counts that disagree THEN the outlet asked by one word of its name ("the Courier") gives its report’s count alone', () => {
    const a = ask(index, 'how many died in Varnesh according to the Courier?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/260/);
    expect(a.text).not.toMatch(/214|230/);
  });

  it('GIVEN an outlet the archive never names THEN the count is not given as its own', () => {
    const a = ask(index, 'how many were killed according to the Harbour Wire?').answer;
    expect(a.text).not.toMatch(/\b(?:214|260)\b/);
  });
});
