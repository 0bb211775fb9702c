import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French reports of execution and death tolls: a count dated by "en 2030", "de 2031" or "cette année" (the year of an
// undated report's title), a part opened by "incluent", a figure compared "par rapport à 190 en 2029", a body written
// by its French acronym (CNRI for NCRI, ONU for the UN, OMPI for the PMOI) and credited by "selon l'ONG …".
const REPORTS = {
  'bilan-pendaisons.txt': `Au moins 640 pendaisons en Iran en 2031, selon une ONG

La Gazette du Lac

Au moins 640 personnes ont été pendues cette année et plusieurs autres cas restent à vérifier, affirme le Comité Vardane pour les droits humains.
Les chiffres du comité incluent sept personnes pendues mercredi dans la prison de Korvash.
Selon l’ONG installée à Lisbonne, au moins 455 personnes ont été pendues en 2030, soit une hausse de 20% par rapport à 379 en 2029.
`,
  'rapport-onu.txt': `Rapport sur les exécutions en Iran

Le Messager alpin

L’Iran a pendu plus de 90 personnes au cours des deux premiers mois de 2031, selon un rapport de l’ONU publié jeudi.
«Au moins 415 personnes ont été exécutées en 2030, dont 12 femmes», a déclaré la rapporteuse des Nations unies, Ilse Brandvik.
`,
  'cnri-marche.txt': `Marche du CNRI à Lisbonne

La Gazette du Lac

Lisbonne, 10 mai 2031 – Plusieurs milliers de partisans du CNRI ont défilé samedi dans le centre de Lisbonne.
L’eurodéputé estonien Kalev Saarmets a prononcé un discours devant la foule.
« Le dossier de l’OMPI est vide depuis vingt ans », a déclaré l’avocat Rémi Vaudel.
`,
};

describe('French tolls, years, parts and acronyms', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «Les chiffres du comité incluent sept personnes pendues» THEN the part is no total: the year’s count is given', () => {
    const a = ask(index, 'Combien de personnes ont été pendues en Iran en 2031 selon le Comité Vardane ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Au moins 640 personnes/);
    expect(a.text).not.toMatch(/^Sept/i);
  });

  it('GIVEN «au moins 455 … en 2030, … par rapport à 379 en 2029» THEN the 2029 count is 379, not the 2030 one', () => {
    const a = ask(index, "Combien de pendaisons en Iran en 2029 selon l'ONG installée à Lisbonne ?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^379\b/);
  });

  it('GIVEN «plus de 90 … au cours des deux premiers mois de 2031» THEN a count of 2030 asked of the UN is its 2030 one', () => {
    const a = ask(index, 'how many people were executed in Iran in 2030 according to the UN?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Au moins 415 personnes/);
    expect(a.text).not.toMatch(/455/);
  });

  it('GIVEN a question opening «Selon l’ONU, combien …» THEN it is asked of the UN, as "according to the UN" is', () => {
    const a = ask(index, "Selon l'ONU, combien d'exécutions en Iran en 2030 ?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Au moins 415 personnes/);
  });

  it('GIVEN a report writing CNRI and OMPI THEN questions naming the NCRI or the PMOI find it', () => {
    const when = ask(index, 'when did NCRI supporters march in Lisbon?').answer;
    expect(when.answered).toBe(true);
    expect(when.text).toMatch(/^May 10, 2031/);
    expect(ask(index, 'What did Rémi Vaudel say about the PMOI case?').answer.text).toMatch(/vide depuis vingt ans/);
  });
});
