import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French count asked «selon» one body: the figure given first must come from a report that writes that body (a
// second report's "different figure" naming it does not make the first one its count), and deaths told as lives lost
// («ont perdu la vie») are deaths. Reports, bodies and numbers are invented.
const REPORTS = {
  'korlan-militants.txt': `Korlan : plus de 600 morts depuis le début de la révolte

Le Courrier des Hauts

Selon des militants locaux, au moins 610 personnes ont été tuées à Korlan depuis le début de la révolte il y a cinq mois.
`,
  'korlan-vigie.txt': `Révolte à Korlan

La Gazette du Lac

Les rassemblements se poursuivent chaque soir à Korlan malgré la présence de la garde.
Depuis le début de la révolte à Korlan, au moins 44 habitants ont perdu la vie, d'après l'ONG Vigie Korlan installée à Lisbonne.
Auparavant, les autorités de la province avaient fait état de 12 morts.
`,
  'telvar-comite.txt': `Telvar : le Comité Vardane accuse

Le Veilleur du Nord

« Le tir à balles réelles de la garde a conduit au meurtre d'au moins 87 manifestants à Telvar », a affirmé jeudi le Comité Vardane.
`,
};

describe('The source asked of a French count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN militants’ 610 and the Vigie Korlan’s 44 «ont perdu la vie» WHEN asked «selon l’ONG Vigie Korlan» THEN 610 is not given as its count', () => {
    const a = ask(index, "Combien de morts depuis le début de la révolte à Korlan selon l'ONG Vigie Korlan ?").answer;
    expect(a.text).not.toMatch(/^Au moins 610/);
  });

  it('GIVEN «au moins 44 habitants ont perdu la vie, d’après l’ONG Vigie Korlan» WHEN asked how many died THEN 44 is given', () => {
    const a = ask(index, "Combien de personnes ont perdu la vie à Korlan selon l'ONG Vigie Korlan ?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/44/);
  });

  it('GIVEN «a conduit au meurtre d’au moins 87 manifestants» WHEN asked how many protesters were killed THEN 87 is given', () => {
    const a = ask(index, 'Selon le Comité Vardane, combien de manifestants ont été tués à Telvar ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/87/);
  });
});
