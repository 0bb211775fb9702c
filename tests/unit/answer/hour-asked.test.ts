import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What time did it start?" asks the hour of the day: a day the report gives ("since March 3") is no answer, and a
 * report that gives no hour answers nothing.
 */
const REPORTS: Record<string, string> = {
  'brenn-vigil.txt': `Exiles hold a vigil in Brenn

Marsh Courier

Strikes and sit-ins have spread across the mountain towns of Vardania since March 3.

At 6 pm on Friday, some 80 Vardanian exiles met in front of the Town Hall of Brenn to light candles for the jailed singers.

The vigil was organised by the Friends of Free Vardania.
`,
  'ostrov-march.txt': `Ostrov, May 14, 2031 – Thousands of Vardanian exiles marched from the Old Bridge to the Parliament of Ostrov on May 14, 2031, calling for the release of political prisoners.
`,
};

describe('a question asking the hour', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "what time did the vigil start" THEN gives the hour the report states, not a day', () => {
    const a = ask(index, 'brenn vigil for the singers - what time did it start').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/6 pm/);
    expect(a.text.split('“')[0]).not.toMatch(/March 3/);
  });

  it('GIVEN a report that gives the day but no hour THEN "at what time" is not answered with the day', () => {
    const a = ask(index, 'at what time did the exiles march in ostrov in may 2031?').answer;
    expect(a.answered).toBe(false);
  });
});
