import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The day a claim was made, written between the body and its verb ("Varnia's judiciary on Tuesday announced that …"),
// is when it was claimed, never who claimed it: an answer read "According to Tuesday, 812 …".
const REPORTS = {
  'border-war.txt': `Varnia gives new toll for the border war
Kessa Times, 14 August 2041

Varnia's judiciary on Tuesday announced that 812 people died across the country during the nine-day border war, of which 41 were children and 97 women.

The foreign ministry said the figure showed the scale of the attacks.
`,
  'harbour-protests.txt': `Dockside protests spread in Ostrava Bay
Harbour Ledger, 2 March 2042

The Kessa Rights Network on Friday said at least 64 protesters had been killed since the dock strikes began in Ostrava Bay.

Police did not comment on the figure.
`,
};

describe('a claim day is no claimant', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Varnia\'s judiciary on Tuesday announced that 812 …" WHEN asked the judiciary\'s toll THEN it is credited to the judiciary', () => {
    const { answer } = ask(index, "How many people died in the border war according to Varnia's judiciary?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/812/);
    expect(answer.text).not.toMatch(/[Aa]ccording to Tuesday/);
    expect(answer.text).toMatch(/judiciary/);
  });

  it('GIVEN "The Kessa Rights Network on Friday said at least 64 …" WHEN asked how many protesters were killed THEN not "according to Friday"', () => {
    const { answer } = ask(index, 'How many protesters were killed in Ostrava Bay?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/64/);
    expect(answer.text).not.toMatch(/Friday\b[^"“”]*?64|according to Friday/i);
  });
});
