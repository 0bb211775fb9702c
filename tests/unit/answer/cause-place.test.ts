import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { findPurpose } from '../../../src/extract/event-details.ts';

/*
 * A gathering abroad "declaring support for the uprising in Brenn": Brenn is where the cause it backs is, not where
 * the crowd met — neither the demonstration's city nor, asked where it was, the uprising's.
 */
const REPORTS: Record<string, string> = {
  'exile-statement.txt': `Statement No. 4

Upon the invitation of the Exile Council, 900 Vardanians took part in their largest-ever demonstration in Norland this morning, declaring support for the workers' uprising in Brenn and other Vardanian towns, and calling for the release of the strike leaders.

Ms. Ilse Korven, representative of the Exile Council, headed a delegation to the parliament.
`,
};

describe('the place of a cause a gathering backs', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "declaring support for the uprising in Brenn" THEN that is the purpose', () => {
    expect(findPurpose('900 exiles demonstrated this morning, declaring support for the uprising in Brenn.')?.text).toMatch(/^declaring support for the uprising in Brenn/);
  });

  it('GIVEN "which city did the exiles choose for their demonstration" THEN the uprising\'s town is not the answer', () => {
    const a = ask(index, 'Which city did 900 Vardanians choose for their largest-ever demonstration in Norland?').answer;
    expect(a.answered && /^[^“]*Brenn/.test(a.text)).toBe(false);
  });

  it('GIVEN "where did they demonstrate" THEN the place of the demonstration, not of the uprising', () => {
    const a = ask(index, 'where did the 900 vardanians demonstrate?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Norland/);
    expect(a.text.split('“')[0]).not.toMatch(/Brenn/);
  });
});

// "… gathered to picket and chant, to amplify the voices of the protesters in Brenn": the town of the voices amplified
// is the purpose's, not where the picket stood (the event had been labelled "Gathering at Lantern Square, Brenn").
describe('a town inside "to amplify the voices of …"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'lantern-square.txt': `Harbourton stands with Vardanian strikers

Harbour Post

Drivers passing Lantern Square on March 6 were met with more than 200 exiles gathered to picket and chant, to amplify the voices of the strikers in Brenn and other Vardanian towns.
`,
    });
  });

  it('GIVEN "gathered … to amplify the voices of the strikers in Brenn" THEN the gathering is not placed in Brenn', () => {
    const a = ask(index, 'what day was the Lantern Square gathering for the Vardanian strikers?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 6/);
    expect(a.text.split('“')[0]).not.toMatch(/Brenn/);
  });
});
