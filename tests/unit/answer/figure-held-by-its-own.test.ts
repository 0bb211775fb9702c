import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A figure read from a sentence that gives it to another: a figure told before the clause of the source asked is
// declined. (Reports written for the tests; people, towns and outlets invented.)
const REPORTS = {
  'tarn-arrests.txt': `Tarn opposition figures held after the clashes
Published: 14 March 2031 | Harbour Wire

Police in Tarn rounded up a number of opposition politicians on Monday, one day after the deadliest clashes in months.

State television and the Security Council said nine people were killed on Sunday, while earlier, Kestrel TV reported 17 had died.
`,
};

describe('a figure a sentence gives to another', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN a council's nine and Kestrel TV's 17 after \"while\" WHEN Kestrel TV's toll is asked THEN the council's nine is not given as Kestrel TV's", () => {
    const { answer } = ask(index, "How many people had died in Sunday's clashes according to Kestrel TV?");
    expect(answer.text.split('“')[0] ?? '').not.toMatch(/\bnine\b|\b9\b/i);
  });

});
