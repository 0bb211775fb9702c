import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { frenchQuestionInEnglish } from '../../../src/understand/french-question.ts';

// «Quelle ONG a affirmé que … ?» asks which body told a figure, as "Which NGO said that …?" does. Report, bodies and
// numbers are invented.
const REPORTS = {
  'valmarie-pendaisons-janvier.txt': `La Valmarie a déjà exécuté 40 personnes cette année

Le Veilleur du Nord

La Valmarie a exécuté 40 personnes depuis le 1er janvier 2031, a indiqué jeudi une ONG de défense des libertés.
L'ONG Vigie Dorval (VD) a déclaré avoir vérifié au moins 40 exécutions au cours des trois premières semaines de l'année.
`,
};

describe('«Quelle ONG a affirmé que …»', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «Quelle ONG a affirmé que …» THEN it reads as "Which NGO said that …"', () => {
    expect(frenchQuestionInEnglish('Quelle ONG a affirmé que la Valmarie avait pendu 40 personnes ?')).toMatch(/^Which NGO said that /);
  });

  it('GIVEN an NGO credited with the 40 executions WHEN asked «Quelle ONG a affirmé …» THEN the NGO is named', () => {
    const a = ask(index, 'Quelle ONG a affirmé que la Valmarie avait déjà exécuté 40 personnes en 2031 ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Vigie Dorval/);
  });
});
