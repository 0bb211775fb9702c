import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A rally in Ostra where a Danish member of the European Parliament spoke, written out in full; the question uses
// the short form "MEP", which the archive never writes.
const REPORTS = {
  'ostra.txt': `Varnian exiles rally at the Ostra harbour office
Ostra Daily

OSTRA — About 700 Varnian exiles rallied on Friday outside the harbour office in Ostra, asking the port to refuse Varnian oil tankers.

The crowd heard several speeches, among them one by Danish Member of the European Parliament Sofie Kragh, who asked for a ban on the tankers.
`,
};

describe('an office asked by its short form, written out by the report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  for (const question of ['Which Danish MEP spoke at the rally in Ostra?', 'Which MEPs addressed the Ostra rally?']) {
    it(`GIVEN "Member of the European Parliament" in the report WHEN asked "${question}" THEN the member`, () => {
      const { answer } = ask(index, question);
      expect(answer.answered).toBe(true);
      expect(answer.text).toMatch(/Kragh/);
    });
  }
});

// A member of a national parliament written out in full beside a councillor; the question says "MP".
const MP_REPORTS = {
  'kelmouth.txt': `Hundreds rally in Kelmouth for prisoners in Varnia
Northern Ledger
21 June 2037

Several hundred people gathered outside the town hall in Kelmouth on Saturday to demand the release of political prisoners in Varnia.

Among the speakers was Harriet Dunmore, Member of Parliament for Kelmouth East, who told the crowd that the government must recall its ambassador.

Tomas Verhey, a local councillor, also addressed the crowd.
`,
};

describe('"MP" asked, "Member of Parliament" written', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(MP_REPORTS);
  });

  it('GIVEN an MP and a councillor spoke WHEN asked "which MP spoke at the Kelmouth rally?" THEN the member of parliament alone', () => {
    const { answer } = ask(index, 'which MP spoke at the Kelmouth rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Dunmore/);
    expect(answer.text).not.toMatch(/Verhey/);
  });

  it('GIVEN the member of parliament told the crowd something WHEN asked "what did the MP say?" THEN her words', () => {
    const { answer } = ask(index, 'what did the MP say?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Dunmore[^.]*recall its ambassador/);
  });
});
