import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Who spoke and what someone is, asked as French users ask it: "Qui a pris la parole …" (answered by a list of
// speakers set after a colon line), "Quelle fonction occupe X ?", "De quel parti est la sénatrice X ?", "X, c'est qui ?
// elle était …".
const REPORTS = {
  'orbec-detenus.txt': `Rassemblement pour les détenus de Kaltar à Orbec

Orbec, 9 juin 2037 – Quelque trois cents habitants ont manifesté samedi devant la mairie d'Orbec pour réclamer la libération des détenus de Kaltar.
« Nous ne lâcherons rien », a lancé Lina Moreau, coordinatrice du collectif Voix libres.
La sénatrice Hanne Dahl (Parti du Centre) était présente.

Prirent ensuite la parole :

Paul Gerlach, président de l'association Amitiés Kaltar, Odile Vernet, députée, vice-présidente du groupe d'études sur Kaltar, Karim Souhal, ancien ministre de la Culture, Jeanne Barre, maire du quartier des Tanneurs, et d'autres élus.
`,
};

describe('speakers and roles asked in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a list after "Prirent ensuite la parole :" WHEN asked "Qui a pris la parole" THEN the listed speakers answer', () => {
    const a = ask(index, "Qui a pris la parole au rassemblement d'Orbec ?").answer;
    expect(a.text).toMatch(/Paul Gerlach/);
    expect(a.text).toMatch(/Odile Vernet/);
    expect(a.text).toMatch(/Karim Souhal/);
  });

  it('GIVEN "X, coordinatrice du collectif …" WHEN asked "Quelle fonction occupe X ?" THEN the role answers', () => {
    expect(ask(index, 'Quelle fonction occupe Lina Moreau ?').answer.text).toMatch(/coordinatrice du collectif Voix libres/);
  });

  it('GIVEN "La sénatrice X (Parti …)" WHEN asked "De quel parti est la sénatrice X ?" THEN the party stated answers', () => {
    expect(ask(index, 'De quel parti est la sénatrice Hanne Dahl ?').answer.text).toMatch(/Parti du Centre/);
  });

  it('GIVEN the list WHEN asked "X, c\'est qui ? elle était au rassemblement" THEN her role answers', () => {
    expect(ask(index, "Odile Vernet, c'est qui ? elle était au rassemblement d'Orbec").answer.text).toMatch(/députée/);
  });
});
