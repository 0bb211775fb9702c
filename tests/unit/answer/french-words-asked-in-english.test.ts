import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Reports in French asked in English: "raid" is "rafle", "arrests" are "arrestations", "cities" are "villes", "Saudi"
// is "saoudienne", a "meeting" is a "réunion".
const REPORTS = {
  'ternay-conference.txt': `Conférence de soutien aux détenus à Ternay

Le Courrier de l’Orne-Haute

Le 12 octobre 2031, une conférence sur la répression s’est tenue à Ternay.
Évoquant la peur qu’il avait ressentie lors de la rafle du 9 mars 2024 contre les bureaux de l’association, le maire Hugo Marchal a demandé une enquête.
Selon le bureau régional des droits humains, plus de 430 arrestations ont eu lieu depuis l’été.
Des rassemblements ont eu lieu dans 17 villes de la province, a précisé l’organisatrice Léa Fontvieille.
On notait aussi une délégation saoudienne représentée par le diplomate Karim Dellouli.
`,
};

describe('a French report asked in English words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "lors de la rafle du 9 mars 2024" THEN "when was the raid" is that day', () => {
    expect(ask(index, 'When was the raid on the association offices that Hugo Marchal remembered?').answer.text).toMatch(/9 mars 2024|March 9, 2024|9 March 2024/);
  });

  it('GIVEN "plus de 430 arrestations" THEN the arrests asked are counted', () => {
    expect(ask(index, 'How many arrests have there been since the summer, per the Ternay conference report?').answer.text).toMatch(/430/);
  });

  it('GIVEN "dans 17 villes" THEN "in how many cities" is 17', () => {
    expect(ask(index, 'In how many cities were there rallies, according to Léa Fontvieille?').answer.text).toMatch(/\b17\b/);
  });

  it('GIVEN "une délégation saoudienne représentée par …" THEN who represented the Saudi delegation is named', () => {
    expect(ask(index, 'Who represented the Saudi delegation at the Ternay conference?').answer.text).toMatch(/Karim Dellouli/);
  });
});
