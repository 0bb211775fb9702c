import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French reports built around figures: a count asked "selon" a body no cited report writes, and a count asked by
// "Quel bilan de …" rather than "Combien de …". Reports, places, bodies and numbers are invented.
const REPORTS = {
  'korlan-civils.txt': `Offensive sur Korlan : l'exode continue

Le Courrier des Hauts

Les frappes autour de Korlan ont poussé près de 90 000 habitants sur les routes, selon les agences humanitaires.
Le Bureau des Nations unies pour les droits humains a établi qu'au moins 38 civils, dont 9 enfants, ont péri sous les bombes du 2 au 6 mars.
`,
  'valdor-emeutes.txt': `Valdor coupée du monde après les émeutes du carburant

La Vigie de l'Est

Depuis samedi, l'accès à internet est presque nul dans la province de Valdor.
Selon un rapport de la police provinciale, 41 000 personnes ont défilé dans une trentaine de villes.
Pour ce qui est des victimes à Valdor, les médias officiels évoquent un bilan de six décès, tous parmi les forces de l'ordre.
`,
};

describe('French figures: the source asked, and a count asked as a "bilan"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a count credited to the UN office WHEN asked «selon les Sentinelles vertes», a body no report writes, THEN it declines', () => {
    const a = ask(index, 'Combien de civils ont péri à Korlan début mars selon les Sentinelles vertes ?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/38/);
  });

  it('GIVEN the same count WHEN asked «selon le Bureau des Nations unies» THEN the count is given', () => {
    const a = ask(index, 'Combien de civils ont péri à Korlan début mars selon le Bureau des Nations unies ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/38 civils/);
  });

  it('GIVEN «les médias officiels évoquent un bilan de six décès» WHEN asked «Quel bilan de décès …» THEN the toll is the answer, not a body', () => {
    const a = ask(index, 'Quel bilan de décès les médias officiels donnaient-ils pour les émeutes de Valdor ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Six\b/i);
  });
});
