import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "… after a ban on the march was overturned by the Kelmouth district court": after a participle, "by" names who did
// it, not a place the rally stood by (the event had been labelled "Rally by the Kelmouth district court"). "A vigil by
// the Old Harbour Wall" still places the vigil. Invented reports.
describe('"by" after a participle is no venue', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kelmouth-ban.txt': `Exiles rally in Kelmouth after court lifts ban

Harbour Post

June 8, 2031

Saturday's rally took place after a police ban on the march was overturned by the Kelmouth district court.
Thousands of Vardanian exiles gathered in Kelmouth to call for the release of the jailed poets.
`,
      'brenn-vigil.txt': `Candles for the poets in Brenn

Marsh Courier

June 9, 2031

On Sunday evening some 60 exiles held a vigil by the Old Harbour Wall in Brenn.
`,
    });
  });

  it('GIVEN "a ban … was overturned by the Kelmouth district court" THEN the rally is not placed by the court', () => {
    const a = ask(index, 'when was the rally in Kelmouth after the ban was lifted?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/June 7, 2031/);
    expect(a.text).not.toMatch(/by the Kelmouth district court/);
  });

  it('GIVEN "held a vigil by the Old Harbour Wall" THEN the vigil is still placed there', () => {
    const a = ask(index, 'where was the vigil held in Brenn?').answer;
    expect(a.text).toMatch(/Old Harbour Wall/);
  });
});
