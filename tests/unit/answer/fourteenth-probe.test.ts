import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Failure classes of the fourteenth probe (commemorations, water protests, airliner vigils, Syria), pinned with
// reports written for the tests (invented places, people, bodies).
const REPORTS = {
  'marrowgate-fast.txt': `Fast to protest the recent executions and to remember the 1977 prison killings
Large demonstrations by Corlish exiles to take place August 14th at Marrowgate
The demonstration will highlight the regime's use of the death penalty.
The protestors will be raising awareness of the 1977 killings of 9,000 political prisoners by the Corlish state.
`,
  'vellmar-gedenken.txt': `Vellmar: Gedenken an die Opfer der Gefängnismorde 1977

Anlässlich der Gefängnismorde im Sommer 1977 hatte der Verein für Exilierte zu einer Gedenkfeier am 3. Mai 2029 auf dem Lindenplatz in Vellmar eingeladen.

Redner war der Vereinsvorsitzende Oskar Tamsel.
`,
  'tarsk-water.txt': `Water protests spread in Tarsk province

Protests have erupted in Tarsk province over the lack of drinking water. According to Lantern Rights Watch, in interviews with local outlets, relatives reported the deaths of three men during the protests.

On June 9, the Corlish State Wire (CSW) reported that a fourth protester in the town of Obel was killed.
`,
  'lorvania-refugees.txt': `Refugees in Lorvania pass half a million

Dask, Lorvania - More than half a million people fleeing the war have registered as refugees in Lorvania, the UN said on Monday.

Tamir, a 17-year-old from Vossa, was recorded by the UNHCR as the half-millionth refugee to be registered in the country.
`,
};

describe('fourteenth probe: a town the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a town the archive writes only in a sentence ("in Vellmar eingeladen") THEN "when was the Vellmar memorial" is not dated by a report that never names it', () => {
    const a = ask(index, 'When did the Vellmar memorial for the victims of the 1977 prison killings take place?').answer;
    expect(a.text).not.toMatch(/August 14/);
    expect(a.text).toMatch(/May 3, 2029/);
  });
});

describe('fourteenth probe: who is asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "According to X, … relatives reported three deaths" THEN the group the news is credited to said it, named whole ("… Rights Watch")', () => {
    const a = ask(index, 'Which rights group said relatives reported three men dead in the Tarsk water protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Lantern Rights Watch/);
    expect(a.text).not.toMatch(/Corlish State Wire/);
  });

  it('GIVEN "X was recorded by the agency as the half-millionth refugee" THEN "who was the half-millionth refugee" is X, not the agency nor the UN', () => {
    const a = ask(index, 'Who was the half-millionth refugee registered in Lorvania?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tamir/);
  });
});
