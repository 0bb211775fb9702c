import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * When something happened, on a report written for these tests: the question names two speakers joined by "and",
 * which the report names apart.
 */
const REPORTS: Record<string, string> = {
  'geneva-march.txt': `Vardanian exiles march in Geneva

Several thousand Vardanian exiles marched from the station to the Place des Nations in Geneva on Saturday, May 8, 2021, calling for free elections at home.

Anna Berg, a member of the Swiss parliament, told the marchers that Europe must stand with them. Tomas Lind, a former minister, also spoke at the march.
`,
  'oslo-vigil.txt': `Vigil in Oslo

About 200 people held a vigil outside the Storting in Oslo on Sunday, March 7, 2021, for the prisoners in Vardania.
`,
};

describe('the reader dates what happened', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN "the march where Anna Berg and Tomas Lind spoke" THEN two speakers, each named apart in the report, not one body it must write whole', () => {
    const a = answer('when was the Geneva march where Anna Berg and Tomas Lind spoke?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('May 8, 2021');
  });
});
