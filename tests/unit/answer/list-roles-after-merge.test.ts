import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Roles in lists, as the probes' readers now combine them. "A, députée, présidente du Comité X, B, ancien premier
 * ministre": the phrase between two commas before B is A's second role, B has his own. "… – including Socialist
 * leader A, Green Party figure B and far-left MEP C – addressed the crowd": a dash ends an apposition (A's role had
 * run over B and C to the dash), and "figure" heads a role, so B is one of the politicians asked for.
 */
const REPORTS: Record<string, string> = {
  'ostrelle-liste.txt': `Rassemblement pour la Vardanie à Ostrelle
Publié le 9 février 2019

Parmi les intervenants : Gilles Marnier, président de la Fondation Ostrelle-Libertés, Odile Ferrant, députée, présidente du Comité parlementaire pour une Vardanie libre (CPVL), Karim Dellal, ancien premier ministre de Norlande, et Anne Vasseur, maire du 3e arrondissement.
`,
  'brenn-left.txt': `Thousands march for Vardania in Brenn
Published October 10, 2022

Prominent figures on the Brenn left – including Socialist leader Paul Marnet, Green Party figure Lise Aubrac and far-left MP Tom Ferral – addressed the crowd.
`,
};

describe('roles in lists of speakers', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Odile Ferrant, députée, présidente du Comité …, Karim Dellal, ancien premier ministre de Norlande" THEN Dellal’s role is his own', () => {
    const a = ask(index, 'who is Karim Dellal?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('ancien premier ministre de Norlande');
    expect(a.text).not.toContain('Comité');
  });

  it('GIVEN "– including Socialist leader Paul Marnet, Green Party figure Lise Aubrac and … –" THEN each politician has their own role', () => {
    const a = ask(index, 'which politicians from the Brenn left spoke to the crowd in October 2022?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Paul Marnet (Socialist leader)');
    expect(a.text).toContain('Lise Aubrac (Green Party figure)');
  });
});
