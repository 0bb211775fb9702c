import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X call for?" against a sentence that quotes a fragment and tells the call around it ("X said the Union had
// “looked away for too long” and called for a tribunal …"): the call is the answer, not the fragment quoted.
const REPORTS = {
  'dunmere-march.txt': `Exiles march in Dunmere
Published: 21 March 2032 | Dunmere Daily Wire

DUNMERE (DDW) — Thousands of exiled Valdorians marched through central Dunmere on Saturday, calling for the fall of the ruling council.

The rally was addressed by Senator Paula Greaves, who called for the council's Guard Corps to be listed as a terrorist organisation.

"The time of the council is over," Greaves told the crowd. "Valdor will be free, and it will be free soon."

Former foreign minister Henrik Osle said the Northern Union had "looked away for too long" and called for a tribunal to try those responsible for the killings of protesters.
`,
};

describe('a call told around a quoted fragment', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X said the Union had “looked away for too long” and called for a tribunal" WHEN what X called for is asked THEN the answer tells the tribunal, not only the fragment', () => {
    const { answer } = ask(index, 'what did Osle call for?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/called for a tribunal to try those responsible/);
    expect(answer.citations[0]?.file).toBe('dunmere-march.txt');
  });

  it('GIVEN "Senator X, who called for the Guard Corps to be listed …" and X\'s quotes after it WHEN what X called for is asked THEN the call, not the quotes', () => {
    const { answer } = ask(index, 'what did Greaves call for?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/called for the council's Guard Corps to be listed as a terrorist organisation/);
  });
});
