import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two gatherings reported in German: in Wendrich the organisers had registered ("angemeldet") 450 people; in Kolmsee
// the police only reported how many came. A registered size asked of Kolmsee is not the police count: declined.
// Asked of Wendrich, 450 answers.
const REPORTS = {
  'wendrich.txt': `Exilanten feiern in Wendrich
Veröffentlicht: 9. Dezember 2035 | Rheintal Bote

Rund 2000 Exilanten feierten am Sonntag auf dem Marktplatz in Wendrich den Sturz des Gouverneurs. Angemeldet hatten die Veranstalter nur 450 Teilnehmer.
`,
  'kolmsee.txt': `Feiern am See: Kolmsee
Veröffentlicht: 9. Dezember 2035 | Rheintal Bote

Auch am Seeufer in Kolmsee feierten Exilanten am Sonntag den Sturz des Gouverneurs.
Die Polizei meldete bis zum Abend bis zu 7.500 Teilnehmer.
`,
};

describe('a registered size asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a police count of Kolmsee WHEN how many had been registered in Kolmsee is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'how many participants had been registered in kolmsee');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN 450 were registered in Wendrich WHEN how many were registered there is asked THEN 450 answers', () => {
    const { answer } = ask(index, 'How many participants had been registered for the Wendrich celebration?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/450/);
  });
});
