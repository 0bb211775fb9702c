import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A role a sentence gives in so many words: "whose role was to …", "had the role of …".
const REPORTS = {
  'tessa-plot.txt': `Three jailed in Tessa over foiled plot

Baltic Courier

A fourth man, Oskar Lindqvel, whose role was to drive the pair to the harbour, got nine years.

Lindqvel was well known in the local choir as a quiet tenor.
`,
  'varn-warden.txt': `Former warden convicted in Ostrov

Nordic Exile News

The judges said Petr Kasimov ran the night shifts in 1994 and had “the role of deputy to the chief warden” at the Varn fortress prison, with others.

“These were grave wrongs that call for a long term,” the panel said as it read the sentence for Kasimov.
`,
};

describe('a role told in so many words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X, whose role was to drive the pair" THEN his role is to drive the pair', () => {
    const a = ask(index, "What was Oskar Lindqvel's role in the plot?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/drive the pair/);
  });

  it('GIVEN "had “the role of deputy to the chief warden”" THEN that is his role, and "for" alone is none', () => {
    const a = ask(index, "What was Kasimov's role at the Varn fortress prison?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/deputy to the chief warden/);
    expect(a.text).not.toMatch(/[:;]\s*for\b/);
  });
});
