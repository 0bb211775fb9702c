import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "nine out of whom were police officers": the part is counted as police officers, not as "nine out".
const REPORTS = {
  'brenmark-toll.txt': `Brenmark lawmaker gives first toll of the harvest riots

Talking to a regional radio station on May 3, 2031, Oren Vasko, who chairs the assembly's justice committee, said that during the riots a total of 140 people were killed, nine out of whom were police officers.

The riots broke out in Lorrow on March 2 after bread prices doubled.
`,
};

describe('a part told with "out of whom"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "nine out of whom were police officers" THEN the nine are police officers, never "nine out"', () => {
    const a = ask(index, 'Oren Vasko said 140 died in the harvest riots - how many of them were police officers?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/\bnine out\b/i);
    expect(a.text).toMatch(/\bnine police officers\b/i);
  });
});
