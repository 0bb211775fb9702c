import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report on a rally recalls a toll of another year ("one of 40 exiles killed in 2024"): its own undated crowd ("more
 * than 300 protesters gathered … on Saturday") is still the rally's, whatever year the recalled count is dated.
 */
describe('a crowd count beside a count recalled from another year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-embassy.txt': `Exiles rally in Korvik for the Vardania uprising

Exiles who support the protests across Vardania took to the streets in Korvik this weekend to show their solidarity.

In Korvik, on Saturday, despite heavy snow, more than 300 protesters gathered in front of the Vardanian embassy.

“We stand with the people of Vardania,” said Mira Vell, whose brother was one of 40 exiles killed in 2024 by border guards in Camp Nine, at the rally.
`,
      'tessa-arrests.txt': `Vardanian lawmaker says 900 arrested

TESSA, Vardania, January 9, 2031 — A Vardanian lawmaker said Tuesday that some 900 people were arrested in the days of unrest that shook Vardania over the past two weeks.
`,
    });
  });

  it('GIVEN the crowd told undated beside a 2024 toll THEN it answers for the January 2031 rally', () => {
    const a = ask(index, 'How many protesters gathered in front of the Vardanian embassy in Korvik in January 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/300/);
  });
});
