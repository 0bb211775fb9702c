import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A person named right after "X said" is what X speaks of, not a speaker: the "he said" that follows continues X,
// never the one X named. Invented report, people and town.
describe('a person named inside what another said', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'varnholm-exiles.txt': `Exiles gather in Varnholm

Monday, March 3, 2031

About 200 exiles rallied outside the consulate in Varnholm on Sunday afternoon.
Tarek Olund, a nurse who fled the country in 2019, led the chants.
Olund said governor Piet Kessra should be tried for the crackdown.
“Last week, he sent the riot police against our families,” he said. “We will not stay silent.”
`,
    });
  });

  it('GIVEN "Olund said governor Piet Kessra should be tried" THEN the quote after it is never given as Kessra\'s words', () => {
    const a = ask(index, 'What did Piet Kessra say?').answer;
    expect(a.text).not.toMatch(/riot police|stay silent/);
  });

  it('GIVEN the same report THEN the quote is still Olund\'s', () => {
    const a = ask(index, 'What did Tarek Olund say at the Varnholm rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/riot police|tried/);
  });
});
