import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French hours of the day ("à 15 h", "11 h 30") asked "à quelle heure …", never read as a head count; "c'était quand"
// asks the day.
const REPORTS = {
  'vellmont-marche.txt': ` date 2033-03 Marche à Vellmont – «Il est temps d'agir» Avant le cortège de samedi, trois collectifs ont publié leurs demandes. Paul Kermer

Le collectif Voix des Détenus invite chacun à marcher en ville ce samedi 12 mars à Vellmont.

La manifestation, dont le point de rencontre est prévu à 15 h sur la place des Tilleuls (tout près de la gare routière), avancera vers la place du Marché en longeant les quais.
`,
};

describe('French hours of the day', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "prévu à 15 h" WHEN asked "à quelle heure" THEN the hour is the answer', () => {
    const a = ask(index, 'À quelle heure commence la manifestation de Vellmont ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/15 h/);
  });

  it('GIVEN only an hour written with "h" WHEN asked how many took part THEN the hour is no count', () => {
    const a = ask(index, 'Combien de personnes ont finalement participé à la manifestation de Vellmont du 12 mars 2033 ?').answer;
    expect(a.text).not.toMatch(/^15\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN a dated call WHEN asked "c\'était quand" THEN the day is the answer', () => {
    const a = ask(index, "c'était quand la manifestation de Vellmont ?").answer;
    expect(a.text).toMatch(/March 12/);
  });
});
