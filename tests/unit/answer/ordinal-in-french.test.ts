import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "On the first anniversary" asked in English of reports in French: the one that numbers its gathering the second
// ("deuxième anniversaire") tells of another year's, though the same mayor spoke at both.
const REPORTS = {
  'brenn-deuxieme.txt': `Brenn : un millier de personnes pour la Varnie
Publié le 15 mars 2033 | Gazette du Port

Un millier de personnes se sont rassemblées vendredi devant la mairie de Brenn au deuxième anniversaire du soulèvement en Varnie.
"Depuis deux ans que ce peuple s'est levé, Brenn ne détournera jamais le regard", a déclaré le maire de Brenn Paul Arnaud. "C'est pour dire stop à la souffrance", a-t-il ajouté.
`,
  'brenn-premier.txt': `Brenn aux côtés des Varniens
Publié le 15 mars 2032 | Courrier de l'Ouest

Plusieurs centaines de personnes se sont rassemblées jeudi place Carnot à Brenn, à l'occasion du premier anniversaire du soulèvement en Varnie.
"Vive la Varnie libre!" a lancé le maire de Brenn Paul Arnaud. "Ce peuple a droit à la liberté", a-t-il dit.
`,
};

describe('an ordinal asked in English of reports in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a "deuxième anniversaire" report WHEN what the mayor said on the first anniversary is asked THEN its words are not given', () => {
    const { answer } = ask(index, 'What did Paul Arnaud say at the rally on the first anniversary of the uprising in Varnia?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/détournera/);
    if (answer.answered) expect(answer.text).toMatch(/droit à la liberté/);
  });

  it('GIVEN the same reports WHEN what he said on the second anniversary is asked THEN the "deuxième anniversaire" words', () => {
    const { answer } = ask(index, 'What did Paul Arnaud say at the rally on the second anniversary of the uprising in Varnia?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/droit à la liberté/);
    if (answer.answered) expect(answer.text).toMatch(/détournera/);
  });
});
