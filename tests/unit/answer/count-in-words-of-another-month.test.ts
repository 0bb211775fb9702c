import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count written in words ("killed nine guards") in a sentence opening on another month ("In April, …") is that
// month's count: asked of another month it is declined, just as a count written in figures is.
const REPORTS = {
  'tessel-depot.txt': `Second strike on Tessel fuel depot
Published: 12 June 2031 | Harbour Ledger

Rockets struck the Tessel fuel depot on Thursday night, setting two tanks on fire, the port authority said.

In April, rockets fired at the depot killed nine guards, according to the interior ministry of Varnland.
`,
};

describe('a count in words dated to another month', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "In April, … killed nine guards" WHEN the October 2031 attack is asked THEN declined, naming April', () => {
    const { answer } = ask(index, 'How many guards were killed in the October 2031 rocket attack on the Tessel depot?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/\bnine\b/i);
  });

  it('GIVEN the same sentence WHEN the April 2031 attack is asked THEN nine', () => {
    const { answer } = ask(index, 'How many guards were killed in the April 2031 rocket attack on the Tessel depot?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\bnine\b/i);
  });
});
