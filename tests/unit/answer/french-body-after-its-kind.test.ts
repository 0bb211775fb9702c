import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French credits a count to a body named after its article and a few words saying what kind of body it is:
// "selon le collectif Vigie pour Tarvane", "d'après l'organisation de défense Maison Orvane". The count is that body's
// (named with its kind, as the report names it), not the newspaper's.
const REPORTS = {
  'tarvane.txt': `Vague d'arrestations en Tarvanie

L'Écho des Causses

Selon le collectif Vigie pour Tarvane, 64 étudiants ont été arrêtés depuis lundi.
D'après l'organisation de défense Maison Orvane, au moins 12 militants ont été condamnés.
`,
  'cortege.txt': `Un cortège pour la Tarvanie

L'Écho des Causses

Samedi à Brenne, 1 800 personnes ont défilé derrière les familles, d’après la préfecture de police du Brenne.
`,
};

describe('a French count credited to a body named after what kind of body it is', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «Selon le collectif Vigie pour Tarvane, 64 étudiants ont été arrêtés» THEN 64, according to the «collectif Vigie pour Tarvane»', () => {
    const a = ask(index, 'combien d’étudiants ont été arrêtés ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^64 étudiants, according to collectif Vigie pour Tarvane \(reported by L'Écho des Causses\)/);
  });

  it('GIVEN «D’après l’organisation de défense Maison Orvane, au moins 12 militants…» THEN at least 12, according to the «organisation de défense Maison Orvane»', () => {
    const a = ask(index, 'combien de militants ont été condamnés ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Au moins 12 militants, according to organisation de défense Maison Orvane/);
  });

  it('GIVEN «…, d’après la préfecture de police du Brenne» WHEN the count according to the police prefecture is asked THEN 1 800, the prefecture\'s', () => {
    const a = ask(index, 'combien de personnes ont défilé à Brenne selon la préfecture de police ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^1 800 personnes, according to préfecture de police du Brenne/);
  });
});
