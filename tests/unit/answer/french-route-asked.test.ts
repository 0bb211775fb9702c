import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Où commence la marche ?" asks where the route starts, as "where does the march start" does: the place it goes to
// ("cheminera jusqu'à la place B") is its end, never the answer.
const REPORTS = {
  'brisach-marche.txt': ` date 2039-05 Marche à Brisach – «Rendez-nous nos proches» Avant la marche de samedi, deux associations ont publié leurs demandes. Nora Seltz

Les associations Familles de Kaltar et Voix des Détenus invitent chacun à marcher ce samedi 14 mai à Brisach.

La marche, dont le point de rencontre est prévu à 15 h devant la gare de Brisach (côté parking), avancera jusqu’à la place des Halles en longeant le canal.
`,
};

describe('the end of a route asked in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "avancera jusqu\'à la place des Halles" WHEN asked "Où commence la marche" THEN the end of the route is not the answer', () => {
    expect(ask(index, 'Où commence la marche de Brisach du 14 mai ?').answer.text).not.toMatch(/^Place des Halles/i);
  });
});
