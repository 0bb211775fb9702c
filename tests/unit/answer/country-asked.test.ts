import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "At which country's embassy was the envoy posted?": a country is asked; the town of the congress the report tells of
 * is no answer.
 */
const REPORTS: Record<string, string> = {
  'valmont-verdict.txt': `Attack foiled during an exile rally: an envoy and 3 other defendants convicted

 March 4, 2032


The criminal court of Dunmere sentenced on Thursday an envoy, Karel V., to 18 years in prison for terrorism. Two other defendants received sentences ranging from 12 to 15 years. They were prosecuted for a plan to bomb an exile rally in Valmont in 2031.


The couple were arrested on June 28, 2031 with 400 grams of explosives in their car. The two were on their way to a rally of the Free Vardania movement in Valmont, near Ostrava. Nearly 20,000 people were expected to attend.

The envoy, a diplomat posted at an embassy at the time of the events, was presented as the mastermind of the plot.
`,
};

describe('a country asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "at which country’s embassy was the envoy stationed" and no embassy told THEN no town is given for it', () => {
    const a = ask(index, "At which country's embassy was the convicted envoy stationed at the time of the 2031 plot?").answer;
    expect(a.answered).toBe(false);
  });
});
