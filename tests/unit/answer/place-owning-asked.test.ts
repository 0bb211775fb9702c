import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Which city's criminal court sentenced the envoy?": the town is asked as the owner of the court, so the town written
 * with it ("the criminal court of Dunmere") answers, not the town of the congress the plot was against.
 */
const REPORTS: Record<string, string> = {
  'dunmere-verdict.txt': `Attack foiled during an exile congress: an envoy and 3 other defendants convicted

 March 4, 2032


The criminal court of Dunmere sentenced on Thursday an envoy, Karel V., to 18 years in prison for terrorism. Two other defendants received sentences ranging from 12 to 15 years.


The couple were arrested on June 28, 2031 with 400 grams of explosives in their car. The two were on their way to a congress of the Free Vardania movement in Valmont, near Ostrava. Nearly 20,000 people were expected to attend.

The envoy himself was arrested on July 1, 2031 in Dunmere, where he had lived since 2029.
`,
};

describe('a place asked as the owner of a thing ("which city\u2019s court")', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "which city\u2019s criminal court sentenced the envoy" THEN the town of the court, not of the congress', () => {
    const a = ask(index, "Which city's criminal court handed the envoy an 18-year sentence in 2032?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Dunmere\b/);
    expect(a.text.split('“')[0]).not.toMatch(/Valmont|Ostrava/);
  });
});
