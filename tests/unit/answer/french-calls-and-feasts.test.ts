import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French report spells the Persian new year "Norouz" (asked "Nowruz"), and tells who called a rally by "X et Y
// appellent à venir …": both are read.
const REPORTS = {
  'dunmoor-norouz.txt': `Rassemblement des exilés à Dunmoor pour le Norouz

Dunmoor, 21 mars 2036 – Le rassemblement débutera lundi à 10 h 30 place des Tilleuls, jour de la fête du Norouz, et se terminera devant le Conseil régional.
C'est pour cette raison que l'Union des étudiants exilés et le Cercle Kaltar-Liberté (CKL) appellent à venir nombreux lundi 24 mars à Dunmoor.
`,
};

describe('French calls to rally and the new year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "la fête du Norouz" WHEN asked of the Nowruz rally THEN the report is read', () => {
    expect(ask(index, 'Where does the Dunmoor rally on Nowruz Monday begin?').answer.text).toMatch(/Tilleuls/);
  });

  it('GIVEN "X et Y appellent à venir" WHEN asked which groups called for the rally THEN they answer', () => {
    const a = ask(index, 'Which groups called for the Dunmoor rally on March 24, 2036?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Union des étudiants exilés|CKL/);
  });
});
