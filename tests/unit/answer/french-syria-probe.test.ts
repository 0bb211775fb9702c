import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French wire reports of a war: tolls credited to a watchdog, a civil defence or a ministry, words put to an envoy,
// sayers named by their office. Invented reports, invented places and people.
const REPORTS = {
  'treve-demandee.txt': `Varnie : Ostrand réclame une pause dans les combats

Le Courrier de Lorn

Lorn, 14 mars 2031 – Le ministre varnien des Affaires étrangères, Paul Ostrand, s'est entretenu lundi avec la présidente de l'Union des ports, Mira Lenz, pour lui demander « une pause de dix jours dans les combats » et « la réouverture des routes du nord ».
Les bombardements sur la vallée de Kessa ont fait au moins 41 morts depuis samedi, selon le Réseau varnien des droits humains (RVDH).
`,
  'pieges-a-ostel.txt': `Des familles bloquées au sud de Varnie

Agence du Levant Nord

Ostel, 2 juillet 2031 – Des familles risquent d'être prises au piège autour d'Ostel entre l'armée, les milices et les combattants du Front des Collines (FDC), a déclaré la coordinatrice des Nations unies pour l'aide d'urgence.
Près de 9 000 habitants ont quitté les villages voisins depuis lundi.
`,
};

describe('a French war report read like a user would ask it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a minister meets an official "pour lui demander « … »" WHEN what the official said is asked THEN the words put to her are not hers', () => {
    const { answer } = ask(index, "Qu'a répondu Mira Lenz à la demande d'Ostrand ?");
    expect(answer.text).not.toMatch(/Mira Lenz said/);
    expect(answer.text).not.toMatch(/pause de dix jours/);
  });

  it('GIVEN the same sentence WHEN asked in English what Mira Lenz said THEN not answered with the minister\'s words', () => {
    const { answer } = ask(index, 'What did Mira Lenz say about the pause in the fighting?');
    expect(answer.text).not.toMatch(/Mira Lenz said/);
  });

  it('GIVEN "…, du Front des Collines (FDC), a déclaré la coordinatrice" WHEN who warned is asked THEN the group inside the words said is not the one who said them', () => {
    const { answer } = ask(index, "Qui a averti que des familles risquent d'être prises au piège autour d'Ostel ?");
    expect(answer.text).not.toMatch(/^(?:FDC|Front des Collines)/);
  });
});
