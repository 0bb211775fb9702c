import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A landmark a French report names only after "au pied de l'…" or "devant l'…" is a place all the same: a question
// about "the Orlanum rally" is not answered from another report, which never names the Orlanum, whatever crowd it counts.
const REPORTS = {
  'orlanum.txt': `Des exilés rassemblés au pied de l’Orlanum

Le Veilleur de Marne

Samedi, des milliers d’exilés venus de toute l’Europe se sont rassemblés au pied de l’Orlanum pour dénoncer la répression.
Une porte-parole, Inès Calvaret, a appelé l’Union européenne à rompre avec Téhéran.
`,
  'vernoult.txt': `Rassemblement à Vernoult

La Dépêche des Collines

Plusieurs centaines d’exilés se sont rassemblés dimanche à Vernoult, selon la police, pour soutenir les grévistes.
`,
};

describe('a landmark named after a French preposition of place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only one report names "au pied de l’Orlanum" THEN the police estimate at the Orlanum rally is not taken from the Vernoult report', () => {
    const a = ask(index, 'What was the police estimate of the crowd at the Orlanum rally?').answer;
    expect(a.text).not.toMatch(/centaines|Vernoult/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report THEN where the exiles gathered is still answered from it', () => {
    const a = ask(index, 'where did the exiles rally on Saturday, the one where Inès Calvaret spoke?').answer;
    expect(a.text).toMatch(/Orlanum/);
  });
});
