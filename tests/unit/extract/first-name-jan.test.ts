import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Jan Egersund, the head of the Kessel Relief Council, said …": "Jan" is a first name as much as January cut short.
 * Opening a name of two words it is the person's, so his words and his post are found; "Jan 12" stays a day.
 */
const REPORTS: Record<string, string> = {
  'relief-council.txt': `Aid chief warns of exodus from Varnesh
Ledger Daily
12 March 2031

Jan Egersund, the head of the Kessel Relief Council, said on Tuesday that 80,000 people had fled Varnesh in a week.

"This is the worst exodus we have seen," Egersund told reporters in Olbek.

The first convoys had left the town on Jan 12 under heavy shelling.
`,
};

describe('"Jan" as a first name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Jan Egersund, the head of the Kessel Relief Council, said …" THEN who heads the council is Jan Egersund', () => {
    const a = ask(index, 'who heads the Kessel Relief Council?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Jan Egersund/);
    expect(a.citations[0]?.file).toBe('relief-council.txt');
  });

  it('GIVEN the same THEN his words are his', () => {
    const a = ask(index, 'what did Jan Egersund say?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Jan Egersund said/);
    expect(a.text).toMatch(/worst exodus/);
  });

  it('GIVEN "left the town on Jan 12" THEN "Jan 12" is still a day: the convoys left on January 12', () => {
    const a = ask(index, 'when did the first convoys leave Varnesh?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^January 12, 2031/);
  });
});
