import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { findAmounts } from '../../../src/extract/figure-numbers.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French numbers written in words are built of parts: "vingt-cinq", "dix-sept", "quatre-vingts", "vingt et un",
// "deux cents", "trois mille cinq cents"; and "sept", "neuf", "onze" are counts before a noun. Read one part at a time,
// "deux cents" had been two and "vingt et un" twenty.
const REPORTS = {
  'bilan-orvanie.txt': `Nouvelle vague de répression en Orvanie

Le Courrier de la Loue

Vingt et un manifestants ont été tués mardi à Belcastre, selon la Ligue orvane des droits humains.
Les forces de l'ordre ont par ailleurs interpellé deux cents personnes dans la capitale, a indiqué le parquet.
Dans le sud du pays, sept journalistes sont toujours détenus.
`,
  'pendaisons.txt': `Les exécutions se poursuivent en Orvanie

Le Courrier de la Loue

Selon le collectif Justice pour Orvanie, quatre-vingt-dix-sept prisonniers ont été pendus depuis janvier.
`,
};

describe('French numbers written in words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN compound French numbers THEN each is read whole, to its value', () => {
    const values = (t: string) => findAmounts(t).map((a) => a.value);
    expect(values('vingt-cinq blessés')).toEqual([25]);
    expect(values('dix-sept détenus')).toEqual([17]);
    expect(values('quatre-vingts morts')).toEqual([80]);
    expect(values('soixante et onze victimes')).toEqual([71]);
    expect(values('deux cent cinquante familles')).toEqual([250]);
    expect(values('trois mille cinq cents personnes')).toEqual([3500]);
    expect(values('onze prisonniers')).toEqual([11]);
  });

  it('GIVEN "sept" or "neuf" as a month, a name or money THEN no count is read', () => {
    expect(findAmounts('le 4 sept. 2031')).toEqual([]);
    expect(findAmounts('près du Pont Neuf à Paris')).toEqual([]);
    expect(findAmounts('it cost six cents')).toEqual([]);
  });

  it('GIVEN «Vingt et un manifestants ont été tués» THEN how many were killed is 21, according to the league', () => {
    const a = ask(index, 'Combien de manifestants ont été tués à Belcastre ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Vingt et un\b/);
    expect(a.text).toMatch(/Ligue orvane/);
  });

  it('GIVEN «interpellé deux cents personnes» THEN how many were arrested is two hundred, not two', () => {
    const a = ask(index, 'how many people were arrested in the capital?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Deux cents\b/);
  });

  it('GIVEN «sept journalistes sont toujours détenus» THEN how many journalists are held is seven', () => {
    const a = ask(index, 'how many journalists are detained?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Sept\b/);
  });

  it('GIVEN «quatre-vingt-dix-sept prisonniers ont été pendus» THEN how many were hanged is 97', () => {
    const a = ask(index, 'combien de prisonniers ont été pendus ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Quatre-vingt-dix-sept\b/);
  });

  it('GIVEN the same French report WHEN asked in English "how many prisoners were hanged?" THEN 97 («prisonniers» are prisoners)', () => {
    const a = ask(index, 'how many prisoners were hanged?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Quatre-vingt-dix-sept prisonniers\b/);
  });
});
