import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report in French dates what it tells with French month names ("Le samedi 3 avril 2031"): asked of another month,
// it tells of nothing. French "sept" (seven) is not September.
const REPORTS = {
  'belcourt-visite.txt': `Une visite amicale à Belcourt

Le Courrier de l’Orne-Haute

Le samedi 3 avril 2031, M. Hugo Marchal, maire de Belcourt, a reçu dans sa mairie une délégation de l’association des familles de détenus.
Rappelant l’arrestation de son cousin sept ans plus tôt, Hugo Marchal a promis de soutenir les prisonniers politiques.
`,
};

describe('a report in French dated by a French month', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report of "3 avril 2031" THEN a question on a meeting of Sept 2031 is not answered from it', () => {
    const r = ask(index, 'Who was the mayor who received the delegation at the Sept 2031 meeting in Belcourt?');
    expect(r.answer.answered).toBe(false);
    expect(r.answer.text).not.toMatch(/Marchal/);
  });

  it('GIVEN the same report THEN the April 2031 meeting is still answered', () => {
    expect(ask(index, 'Who was the mayor who received the delegation at the April 2031 meeting in Belcourt?').answer.text).toMatch(/Hugo Marchal/);
  });
});
