import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "according to the Valdor Rights Monitor and Hands Against the Death Penalty": two bodies joined by "and" are two
// names, each written whole by the report, not one name it never writes; a name read as a phrase of the genre
// ("death penalty") is known when a report writes it; and "did Valdor hang" asks of hangings, never of arrests.
const REPORTS = {
  'valdor-hangings.txt': `Valdor sent more prisoners to the gallows than in any year of the decade
Published: 9 February 2031 | Lakeside Post

The Kessel-based Valdor Rights Monitor and the Lindau-based Hands Against the Death Penalty reported on Thursday that Valdor had hanged at least 517 prisoners in 2030, the most in a decade.

Both groups urged the Union to raise the hangings at its next summit with Valdor.
`,
};

describe('two bodies asked, and hangings asked with "hang"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a count credited to two bodies WHEN asked "according to A and B Against the Death Penalty" THEN the count, credited', () => {
    const { answer } = ask(index, 'How many prisoners did Valdor hang in 2030 according to the Valdor Rights Monitor and Hands Against the Death Penalty?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b517\b/);
    expect(answer.text).not.toMatch(/arrest|detain/i);
  });

  it('GIVEN "hanged at least 517 prisoners" WHEN "how many prisoners did valdor hang in 2030?" THEN 517 executed, never arrested', () => {
    const { answer } = ask(index, 'how many prisoners did valdor hang in 2030?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b517\b/);
    expect(answer.text).not.toMatch(/arrest|detain/i);
  });
});
