import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When did it end?" of a one-day gathering whose report gives the hour it ended.
const REPORTS = {
  'orvel-vigil.txt': `Candle vigil for the drowned fishermen in Orvel

A candle vigil for the four fishermen lost at sea was held on the Orvel quay on 2 November 2030.

Families read the names of the men aloud and laid wreaths on the water.

The vigil ended at 21:15, when the harbour lights were switched off for a minute of silence.
`,
};

describe('the hour a gathering ended, asked with "when"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The vigil ended at 21:15" WHEN asked when the vigil ended THEN the hour is given with the day', () => {
    const { answer } = ask(index, 'When did the candle vigil on the Orvel quay end?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/21:15/);
  });
});
