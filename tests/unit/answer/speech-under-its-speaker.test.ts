import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A speech set apart under "La députée X a déclaré dans son intervention:", unquoted, over several paragraphs: the
// paragraphs that still address the audience are hers; the report's own account after them is not.
const REPORTS = {
  'belcourt-colloque.txt': `Un colloque sur les prisonniers à l’Hôtel de ville de Belcourt

Le Courrier de l’Orne-Haute

Le 6 février 2031, un colloque sur les prisonniers politiques s’est tenu à l’Hôtel de ville de Belcourt. La députée Odile Franchet a déclaré dans son intervention:
Merci à vous tous d’être venus si nombreux ce soir, malgré la neige et le froid.
Nous avons entendu des témoignages bouleversants, et je veux saluer le courage des familles présentes.
Le cœur du problème, c’est que les sanctions actuelles restent trop timides face aux geôliers.
Nous demanderons donc au gouvernement de geler les avoirs des responsables, et vous pouvez compter sur nous.
Le colloque s’est achevé par un concert de musique traditionnelle dans la salle des fêtes.
La salle comptait environ 150 personnes.
`,
};

describe('a speech set apart under its speaker, in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X a déclaré dans son intervention:" then the speech THEN her words are the paragraphs under it', () => {
    const a = ask(index, 'What did Odile Franchet say?').answer.text;
    expect(a).toMatch(/Odile Franchet/);
    expect(a).toMatch(/Merci à vous tous/);
    expect(a).not.toMatch(/a déclaré dans son intervention/);
  });

  it('GIVEN a paragraph of the speech without "je/nous/vous" between two that have them THEN it is hers too', () => {
    expect(ask(index, 'What did Odile Franchet say about the sanctions?').answer.text).toMatch(/trop timides/);
  });

  it('GIVEN the report’s own account after the speech THEN it is not put in her mouth', () => {
    expect(ask(index, 'What did Odile Franchet say about the sanctions?').answer.text).not.toMatch(/concert|150 personnes/);
  });
});
