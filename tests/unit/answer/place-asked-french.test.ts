import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two French reports: a gathering "à Vernoult" that counts no crowd, and a march in Lisac whose crowd the prefecture
// counted. Asked the crowd of the Vernoult gathering, the bot does not give the Lisac count: the archive writes Vernoult
// as a place (after "à"), and the report counting the crowd never names it.
const REPORTS = {
  'vernoult.txt': `Des exilés réunis près de Lisac

Plusieurs centaines d'exilés se sont retrouvés dimanche à Vernoult, au sud de Lisac, pour réclamer la libération des prisonniers politiques.

"Nous ne nous tairons pas", a déclaré Odile Farran, porte-parole du collectif des familles.
`,
  'lisac-marche.txt': `Marche des exilés dans le centre de Lisac

Des exilés venus de plusieurs pays ont défilé samedi dans le centre de Lisac contre les pendaisons.

Selon la préfecture, la marche a rassemblé 2700 personnes.
`,
};

describe('a place a French report writes after "à" (probefr3)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a gathering "à Vernoult" with no count and a march in Lisac counted by the prefecture WHEN the crowd of the Vernoult gathering is asked THEN it abstains', () => {
    const { answer } = ask(index, 'How many people attended the Vernoult gathering according to the police?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same reports WHEN the crowd of the march in Lisac is asked THEN 2700', () => {
    const { answer } = ask(index, 'How many people attended the march in Lisac according to the prefecture?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2700/);
  });
});
