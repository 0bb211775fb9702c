import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French ways of telling a count: "ils étaient environ 120 à défiler" (a crowd told by its verb), and a count credited
// to a body written in lower case before its verb ("les autorités vardiennes ont fait état de six décès"), asked in
// English ("according to the Vardian authorities").
const REPORTS = {
  'villes.txt': `Des rassemblements dans plusieurs villes

La Voix du Rhône

Samedi, des exilés ont manifesté dans plusieurs villes pour soutenir les grévistes de Vardie.
A Grenoble, ils étaient environ 120 à défiler derrière une banderole.
A Dijon, une soixantaine de personnes ont formé une chaîne humaine.
`,
  'bilan-vardie.txt': `Répression en Vardie

Le Journal du Causse

Au moins 88 manifestants ont été tués par les forces de sécurité, selon la Ligue Orvane.
Jusqu'ici, les autorités vardiennes ont fait état de six décès, dont deux policiers.
`,
};

describe('French counts told by a verb or credited to a lower-case body', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «A Grenoble, ils étaient environ 120 à défiler» THEN how many marched in Grenoble is about 120', () => {
    const a = ask(index, 'how many people marched in Grenoble?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Environ 120\b/);
  });

  it('GIVEN «les autorités vardiennes ont fait état de six décès» THEN the toll according to the Vardian authorities is six, theirs', () => {
    const a = ask(index, 'how many deaths according to the Vardian authorities?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Six\b/);
    expect(a.text).toMatch(/according to autorités vardiennes/);
    expect(a.text).not.toMatch(/\b88\b/);
  });
});
