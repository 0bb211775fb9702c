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
