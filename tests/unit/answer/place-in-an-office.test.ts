import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French report places a protest on a square written bare after a comma, and lists the elected officials there by
// their offices ("maire du 3e arrondissement de Lisac", "député de l'Oise"). Asked where the protest was, the bot gives
// the square, not the district a mayor serves (probefr3).
const REPORTS = {
  'darvel-visite.txt': `Manifestation contre la venue du ministre Darvel

Une foule nombreuse était présente, le 14 mars, Place Saint-Orlan, pour dénoncer la visite officielle du ministre Darvel en France.

Autour de Luc Perrand, coprésident du Comité pour une Varnie libre, étaient rassemblés Anne Colet, maire du 3e arrondissement de Lisac, et Paul Garnier, député de l'Oise.
`,
  'kessa-vigil.txt': `Exiles hold vigil in Kessa

Exiles held a vigil on Sunday outside the town hall, joined by Mara Lind, Mayor of the 4th district of Kessa, who read the names of the prisoners.
`,
};

describe('a place inside an office is not where a gathering was', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN a protest on Place Saint-Orlan and a mayor of a Lisac district beside it WHEN asked where the protest against Darvel's visit took place THEN Place Saint-Orlan", () => {
    const { answer } = ask(index, "Where did the protest against Darvel's visit to France take place?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Place Saint-Orlan/);
    expect(answer.text).not.toMatch(/^Arrondissement/);
  });

  it('GIVEN a vigil outside the town hall joined by the Mayor of the 4th district WHEN asked where the vigil was THEN not the district she serves', () => {
    const { answer } = ask(index, 'Where did the exiles hold their vigil in Kessa?');
    expect(answer.text).not.toMatch(/^(?:the )?4th district/i);
  });
});
