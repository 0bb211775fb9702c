import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A long venue name is kept whole ("the Camões Hall of the Portuguese National Assembly", nine words), and a body's
// possessive ("the Assembly’s Camões Hall", "the Regime’s embassy") names no city.
const REPORTS = {
  'lisbon-conference.txt': `Conference on Iran policy in Lisbon

Lisbon Herald

Lisbon, 12 May 2031 – A conference was held at the Camões Hall of the Portuguese National Assembly on Tuesday to discuss executions in Iran.
The meeting, held in the Assembly’s Camões Hall, heard from five speakers, among them the deputy Rui Matos.
`,
  'porto-protest.txt': `Exiles protest in Porto

Porto Daily

Porto, 20 May 2031 – Some 300 exiles protested outside the Regime’s main consulate building on Saturday against the death sentences.
`,
};

describe('venue names and possessives', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "at the Camões Hall of the Portuguese National Assembly" THEN where it was held names the whole hall, and no city "Assembly"', () => {
    const a = ask(index, 'where was the conference on executions held in May 2031?').answer;
    expect(a.text).toMatch(/Camões Hall of the Portuguese National Assembly\b/);
    expect(a.text).not.toMatch(/National, Assembly|\bin Assembly\b|Assembly \(/);
    expect(a.text).toMatch(/Assembly, Lisbon/);
  });

  it('GIVEN "which room was it in?" THEN it is asked where, and the hall answers', () => {
    const a = ask(index, 'the Lisbon conference on executions in May 2031 - which room was it in?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Camões Hall/);
  });

  it('GIVEN "the Regime’s consulate in Porto" THEN the protest is in Porto, not in a city called Regime', () => {
    const a = ask(index, 'when did exiles protest at the consulate in Porto?').answer;
    expect(a.text).toMatch(/May 20, 2031|20 May 2031/);
    expect(index.data.events.map((e) => e.city ?? '')).not.toContain('Regime');
  });
});
