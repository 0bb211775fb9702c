import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two cities in one question: the date of the one only pointed to is no date of the one asked.
const REPORTS = {
  'kessel-protest.txt': `Orlanese exiles protest in Kessel

Several hundred Orlanese exiles held a protest outside the assembly hall in Kessel on Friday, March 6.

Speakers demanded the release of jailed teachers. A second protest is to follow in Dorne.
`,
  'dorne-rally.txt': `Orlanese exiles rally in Dorne

Orlanese exiles rallied on the market square in Dorne, waving banners for the jailed teachers.

The rally ended with a minute of silence.
`,
};

describe('a date of the other city the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the Kessel protest dated THEN "when is the dorne rally that follows the kessel protest" is not answered with March 6', () => {
    const a = ask(index, 'when is the dorne rally that follows the kessel protest').answer;
    expect(a.text).not.toMatch(/^(?:Friday, )?March 6/);
  });

  it('GIVEN the Kessel protest dated THEN "when was the kessel protest" is still answered', () => {
    const a = ask(index, 'when was the kessel protest').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 6/);
  });
});
