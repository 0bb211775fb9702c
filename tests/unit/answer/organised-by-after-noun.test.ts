import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "… in a march organised by the exiled Vardanian Freedom Front": a participle right after its noun, with "by" after
 * it, names the doer after "by". Read as an active verb, the words before the noun ("in a march") were taken for the
 * doer, and the body was only found as a name somewhere in the sentence, too weakly once the question also carried a
 * clause describing the event ("… that the prefect had tried to forbid").
 */
const REPORTS: Record<string, string> = {
  'korvath-march.txt': `Vardanian exiles march in Korvath despite ban bid
Published May 12, 2024

Thousands of Vardanians marched in Korvath on Sunday against the government in Brenn, in a march organised by the exiled Vardanian Freedom Front (VFF) opposition alliance.

The Korvath prefect had tried to forbid the march, citing the risk of clashes, but a court overturned the ban on Friday.

Marchers carried portraits of prisoners held in Brenn.
`,
};

describe('a doer named after "organised by" following its noun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "a march organised by the exiled Vardanian Freedom Front" THEN the Front organised the Korvath march', () => {
    const a = ask(index, 'which group organised the Korvath march in May 2024?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Vardanian Freedom Front/);
  });

  it('GIVEN a question describing the march by a clause ("that the prefect had tried to forbid") THEN the same answer', () => {
    const a = ask(index, 'which group organised the Korvath march in May 2024 that the prefect had tried to forbid?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Vardanian Freedom Front/);
    expect(a.text).toContain('Vardanian exiles march in Korvath despite ban bid');
  });
});
