import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "au moins 58 … tués. Mais … jusqu'à 90 (personnes) tuées": the count is 58; "jusqu'à 90" is an upper bound, told
// with its "jusqu'à" when given, and weighed below the count unless a maximum is asked.
const REPORTS = {
  'varsk-repression.txt': `Répression des manifestations à Varsk

Le Journal de l'Est

Varsk, 14 mars 2031 – Selon l'ONG Veille Civique, "au moins 58 manifestants dans 9 villes ont été tués". Mais "le bilan réel pourrait être bien plus lourd, avec des témoignages évoquant jusqu'à 90 (personnes) tuées". Dans des dizaines de villes, les cortèges ont tourné à l'émeute.
`,
};

describe('an upper bound beside a count, in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "au moins 58 … Mais … jusqu\'à 90" THEN how many were killed is the 58', () => {
    const a = ask(index, 'Combien de manifestants ont été tués lors des émeutes de mars 2031 à Varsk ?').answer.text;
    expect(a).toMatch(/58/);
    expect(a).not.toMatch(/^90\b/);
  });

  it('GIVEN "jusqu\'à 90" THEN it is never told as a bare 90', () => {
    expect(ask(index, 'How many protesters were killed?').answer.text).not.toMatch(/^90\b/);
  });
});
