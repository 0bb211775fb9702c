import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "…, selon les organisateurs" credits unnamed organisers with what is told; it names no organiser. A square named
// after someone ("place Marcel Ravel") is a place, not a person who organised anything.
const REPORTS = {
  'dunmoor-rassemblement.txt': `Soutien aux détenus de Kaltar : rassemblement lundi à Dunmoor

L'Écho de la Lende

Dunmoor, 3 avril 2035 – Le rassemblement commencera à 10 h place Marcel Ravel à Dunmoor et se poursuivra par un court défilé vers le parvis de la mairie, selon les organisateurs.
Plusieurs élus locaux doivent s'exprimer devant la mairie.
`,
};

describe('organisers told of but not named, in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only "selon les organisateurs" WHEN asked who organised the rally THEN no one is named as its organiser', () => {
    const a = ask(index, 'Qui a organisé le rassemblement de Dunmoor en avril 2035 ?').answer;
    expect(a.text).not.toMatch(/Ravel/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report WHEN asked in English THEN the sentence is not given as the organiser', () => {
    const a = ask(index, 'Who organised the Dunmoor rally in April 2035?').answer;
    expect(a.answered).toBe(false);
  });
});
