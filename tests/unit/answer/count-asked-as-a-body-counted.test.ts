import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two monitors' tolls for the Orlan protests, each with the children among the dead. Asked "how many minors did X count
// among the dead" — the monitor as the one counting, as users ask it — the bot gives that monitor's part, not "no figure".
const REPORTS = {
  'orlan-tolls.txt': `Monitors differ on the Orlan toll
Published: 18 May 2031 | Harbour Wire

The Kessa Rights League (KRL) puts the number of dead at 212, of which 31 are minors.

The Orlan Watch Centre, for its part, raises the toll to 240, including 38 children.
`,
};

describe('a count asked as what a body counted', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two monitors\' tolls WHEN asked how many minors the KRL counted among the dead THEN the KRL\'s 31', () => {
    const { answer } = ask(index, 'how many minors did KRL count among the dead');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^31\b/);
  });

  it('GIVEN the same report WHEN asked how many minors a body never named counted THEN not in the archive', () => {
    const { answer } = ask(index, 'how many minors did Amnesty count among the dead');
    expect(answer.answered).toBe(false);
  });
});
