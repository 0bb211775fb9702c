import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Questions asked in French of a French report: "Qu'a dit X au colloque ?" asks X's words, "Qui est X ?" and "Quel
// est le rôle de X ?" ask X's role, like their English forms.
const REPORTS = {
  'belcourt-colloque.txt': `Colloque sur les détenus à Belcourt

Le Courrier de l’Orne-Haute

Belcourt, 6 février 2031 – Une centaine d’élus ont participé samedi à un colloque sur les prisonniers politiques à l’Hôtel de ville.
« Nous ne céderons rien tant que les cellules resteront pleines », a lancé la députée Odile Franchet.
Hugo Marchal, maire de Belcourt, a rappelé le soutien de sa commune aux familles.
« La justice finira par passer », a conclu l’avocate Inès Roubaud.
`,
};

describe('questions asked in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Qu\'a dit X au colloque de Belcourt ?" THEN X\'s words are given', () => {
    expect(ask(index, "Qu'a dit Odile Franchet au colloque de Belcourt ?").answer.text).toMatch(/Nous ne céderons rien/);
  });

  it('GIVEN "Qu\'a déclaré l\'avocate Inès Roubaud ?" THEN her words, not another speaker\'s', () => {
    const a = ask(index, "Qu'a déclaré l'avocate Inès Roubaud ?").answer.text;
    expect(a).toMatch(/La justice finira par passer/);
    expect(a).not.toMatch(/céderons/);
  });

  it('GIVEN "Quel est le rôle de Hugo Marchal ?" THEN his role', () => {
    expect(ask(index, 'Quel est le rôle de Hugo Marchal ?').answer.text).toMatch(/maire de Belcourt/);
  });
});
