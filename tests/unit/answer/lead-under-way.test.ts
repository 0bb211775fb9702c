import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A live or wire report dated by its dateline line that tells its gathering as just done or under way, with no day of
// its own ("Over 5,000 exiles have rallied in a grand gathering in X", "crowds are gathering"): the gathering is of the
// report's day. Not a report with no date, and not a gathering the report recalls further down. Invented reports.
describe('a gathering told as under way in a dated report\'s lead', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'harbourton-live.txt': `5,000 gather for a free Vardania in Harbourton

Harbourton - valleynews.example 14 Mar 2031

More than 5,000 Vardanian exiles and their supporters have rallied in a grand gathering in Harbourton to call for an end to the crackdown.
Coaches have been arriving since the morning from across the coast.
`,
      'kelmouth-undated.txt': `Exiles gather in Kelmouth

Thousands of Vardanian exiles have rallied in a grand gathering in Kelmouth to call for free elections.
`,
    });
  });

  it('GIVEN "Harbourton - … 14 Mar 2031" over "… have rallied in a grand gathering in Harbourton" THEN the rally was on March 14, 2031', () => {
    const a = ask(index, 'when was the rally in Harbourton?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 14, 2031/);
  });

  it('GIVEN the same words in a report with no date THEN no date is given', () => {
    const a = ask(index, 'when was the rally in Kelmouth?').answer;
    expect(a.answered).toBe(false);
  });
});
