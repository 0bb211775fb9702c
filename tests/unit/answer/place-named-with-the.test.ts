import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A town whose name opens with a capital "The" ("The Strand", as "The Hague" is written): in mid-sentence the
// article is the name's own, and the place is read whole.
const REPORTS = {
  'vell-envoys.txt': `Vell sends envoys home

Vell's foreign office said on Monday it had sent home two Karsti envoys from The Strand, the seat of its government, after a spy agency report.
Karst called the move hostile and said it would answer in kind.
`,
};

describe('a place whose name opens with "The"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN envoys sent home "from The Strand" WHEN asked where they were sent home from THEN the town, its article kept', () => {
    const { answer } = ask(index, 'Where did Vell send the two Karsti envoys home from?');
    expect(answer.text).toMatch(/^The Strand\b/);
  });
});
