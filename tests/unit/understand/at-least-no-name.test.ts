import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "… in the count of at least 140 dead": "at least" bounds a number; asked in English of an archive in French, which
// never writes "least", it is no name the archive lacks.
// Report written for the tests: invented body and numbers.
describe('"at least" in an English question on French reports', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'vigie.txt': `Au moins 140 morts, parmi lesquels au moins 11 enfants, sont à déplorer depuis le début de la contestation en Corlande.
Selon les informations recueillies par l'organisation Vigie Corlande, au moins 140 protestataires sont morts sous les balles, dans 9 provinces.
`,
    });
  });

  it('GIVEN "at least" in the question THEN the count is answered, not "the archive has nothing on least"', () => {
    const a = ask(index, 'In how many provinces were people killed, in the Vigie Corlande count of at least 140 dead?').answer;
    expect(a.text).not.toMatch(/nothing on least/);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b9\b/);
  });
});
