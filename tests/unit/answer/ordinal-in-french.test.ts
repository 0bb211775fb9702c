import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "On the first anniversary" asked in English of reports in French: the one that numbers its gathering the second
// ("deuxième anniversaire") tells of another year's, though the same mayor spoke at both.
const REPORTS = {
  'brenn-deuxieme.txt': `Brenn : un millier de personnes pour la Varnie
Publié le 15 mars 2033 | Gazette du Port

Pour le deuxième anniversaire du soulèvement en Varnie, environ mille personnes ont tenu vendredi une veillée devant la mairie de Brenn.
"Brenn ne détournera jamais le regard de ses amis varniens", a déclaré le maire de Brenn Paul Arnaud. "Nous serons encore là l'an prochain", a-t-il ajouté.
`,
  'brenn-premier.txt': `Brenn aux côtés des Varniens
Publié le 15 mars 2032 | Courrier de l'Ouest

Jeudi, place Carnot, quelques centaines d'habitants de Brenn ont marqué le premier anniversaire du soulèvement en Varnie.
"Les Varniens ont droit à la liberté, comme nous", a dit le maire de Brenn Paul Arnaud. "Brenn les accueillera", a-t-il promis.
`,
};

describe('an ordinal asked in English of reports in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a "deuxième anniversaire" report WHEN what the mayor said on the first anniversary is asked THEN its words are not given', () => {
    const { answer } = ask(index, 'What did Paul Arnaud say at the rally on the first anniversary of the uprising in Varnia?');
    expect(answer.text.split(/Closest|Another report/)[0]).not.toMatch(/détournera/);
    if (answer.answered) expect(answer.text).toMatch(/droit à la liberté/);
  });

  it('GIVEN the same reports WHEN what he said on the second anniversary is asked THEN the "deuxième anniversaire" words', () => {
    const { answer } = ask(index, 'What did Paul Arnaud say at the rally on the second anniversary of the uprising in Varnia?');
    // (The answer may add the other report's words, told as another occasion; its own are the second's.)
    expect(answer.text.split(/Closest|Another report/)[0]).not.toMatch(/droit à la liberté/);
    if (answer.answered) expect(answer.text).toMatch(/détournera/);
  });
});
