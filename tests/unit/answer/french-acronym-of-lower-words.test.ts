import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French body's acronym spelt by the initials of all its words, lower-case ones too ("l'Observatoire valmarien des
// droits de l'Homme" is the OVDH): a count it is credited with is its count when a question names it by the acronym.
// Report, body and numbers are invented.
const REPORTS = {
  'valmarie-bilan.txt': `Valmarie : le bilan humain dépasse les 12.000 morts

Le Veilleur du Nord

Le bilan humain en Valmarie, déchirée depuis bientôt deux ans par la guerre civile, s'est alourdi à 12.400 morts dont 8.150 civils, a rapporté jeudi l'Observatoire valmarien des droits de l'Homme.
« Il faut encore compter 310 autres personnes tuées dont les noms restent inconnus », selon un porte-parole, qui fixe ainsi le total sur deux ans à 12.710.
`,
};

describe('A French acronym of a name written in lower case', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a toll credited to «l’Observatoire valmarien des droits de l’Homme» WHEN asked «selon l’OVDH» THEN its toll is given, not the 310 added', () => {
    const a = ask(index, "Combien de morts en Valmarie selon l'OVDH ?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/12\.400/);
    expect(a.text).not.toMatch(/^310/);
  });
});
