import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Quoted words after a passive verb whose doer is someone else ("X was blacklisted by the United States for … and
// “…”") are the charge laid against X, not X's words; nor is the "States" of a country's name a verb of saying.
const REPORTS = {
  'magistrate.txt': `Sentences cut for four dock strikers in Varnholt
Published: 3 May 2033 | Harbour Ledger

A court in Varnholt has cut the sentences of four dock strikers detained during the grain riots of 2031.
Their counsel, Edda Mornay, wrote on her blog on Friday that the four would now serve six years each.
Magistrate Ottokar Vessel, nicknamed the “iron gavel” by union members, was blacklisted by the United States for abuses of due process and “show hearings held behind locked doors.”
Mornay said she would keep appealing, adding: “Six years for carrying a placard is still a scandal.”
`,
};

describe('words after a passive verb are not those of the one acted on', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a magistrate was blacklisted by the United States for quoted abuses WHEN what he said is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'What did Magistrate Ottokar Vessel say?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/locked doors/);
  });

  it('GIVEN the same sentence WHEN what union members call the magistrate is asked THEN the charge is not given as his words', () => {
    const { answer } = ask(index, 'what do union members call Vessel?');
    expect(answer.text).not.toMatch(/Vessel said/);
  });

  it('GIVEN the counsel is quoted with a verb of saying WHEN her words are asked THEN they are kept', () => {
    const { answer } = ask(index, 'What did Edda Mornay say about the six years?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/still a scandal/);
  });
});
