import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where did X hand the explosives over to the couple?" (probe 37: answered "Paris in June, Belgium" from a sentence on
// the target and one on X being "handed over to Belgium"), pinned with reports written for the tests: invented
// people and towns. A handover is told by a sentence writing it of the thing or person asked about.
describe('where a thing was handed over', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'harrow-court.txt': `Envoy jailed over harbour plot

The Marrow-based envoy planned to bomb a meeting of the exile council near Ostrel in May 2031.
Harrow, who was detained while touring Kessland and later got handed over to Norland, refuses to recognise the court, his lawyer said.
`, 'harrow-parcel.txt': `Envoy given long term over bomb parcel

Pell Harrow is said to have flown the parcel to Marrow on an airline flight in May 2031.
He later drove a hired car to Brenna, where he passed the parcel on to a couple from Ostrel.
` });
  });

  it('GIVEN only the target of the plot and the envoy "handed over to Norland" THEN where he handed the parcel over is not Ostrel', () => {
    const a = ask(index, 'Where did Harrow hand the parcel over to the couple?').answer;
    // (Either the place the parcel changed hands, or no answer.)
    const lead = a.text.split('“')[0] ?? '';
    expect(a.answered ? /Brenna/.test(lead) : true).toBe(true);
    expect(a.answered ? lead : '').not.toMatch(/\b(?:Ostrel|Norland)\b/);
  });
});
