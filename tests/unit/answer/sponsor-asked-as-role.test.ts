import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who was the lead sponsor of the bill?" asks a role ("lead sponsor"), which must stand by the name: "state-sponsored
// violence by the Ostrian Government" makes no government a sponsor (a word joined by a hyphen to the one before it
// describes a noun), and panels "among the sponsors" are no lead sponsor. "The bill's lead sponsor, Councillor Mara
// Lind" is one.
const REPORTS = {
  'ostria-bill.txt': `Serving Liberty for All

120 Assembly Members Back Bill 77 on Ostria

CORVEL – On Monday, May 3, 2032, 120 members of the Corvel Assembly presented a bill urging a firm policy on Ostria.

The bill has the support of lawmakers from the Assembly panels on Defence and Trade, among the sponsors.

Bill 77 backs “a free and secular Ostria” and condemns “state-sponsored violence by the Ostrian Government.”
`,
  'lesk-bill.txt': `Lesk Council passes harbour bill

The harbour bill's lead sponsor, Councillor Mara Lind, said the vote was a win for the dockers of Lesk.
`,
};

describe('a sponsor asked as a role', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "state-sponsored violence by the Ostrian Government" WHEN the lead sponsor is asked THEN no answer names the government', () => {
    const { answer } = ask(index, 'Who was the lead sponsor of the Ostria bill 77?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN "The harbour bill\'s lead sponsor, Councillor Mara Lind" WHEN the lead sponsor is asked THEN Mara Lind', () => {
    const { answer } = ask(index, 'who was the lead sponsor of the Lesk harbour bill?');
    expect(answer.text).toMatch(/^Mara Lind/);
  });
});
