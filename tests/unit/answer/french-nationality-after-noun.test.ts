import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French writes a nationality after the noun ("quel député français"): it binds the person asked as "which French MP"
// would, so a Norwegian former MP is not the answer.
const REPORTS = {
  'verlac-conference.txt': `Des élus de dix pays à Verlac pour soutenir les prisonniers de Kaltar

Verlac, 14 mai 2036 – La conférence « Kaltar libre 2036 », tenue dans la salle des fêtes de Verlac, a réuni une trentaine d'intervenants venus de toute l'Europe.

Olaf Brenne, ancien député norvégien, a rendu hommage aux familles des détenus : « Nous ne vous oublierons pas, et nos parlements non plus. »
`,
};

describe('a French nationality after the noun asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a Norwegian former MP WHEN asked "quel député français a pris la parole" THEN he is not given', () => {
    const a = ask(index, 'Quel député français a pris la parole à la conférence Kaltar libre 2036 de Verlac ?').answer;
    expect(a.text).not.toMatch(/^Olaf Brenne/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report WHEN asked in English of a Norwegian MP THEN he answers', () => {
    const a = ask(index, 'Which Norwegian MP spoke at the Kaltar libre 2036 conference in Verlac?').answer;
    expect(a.text).toMatch(/^Olaf Brenne/);
  });
});
