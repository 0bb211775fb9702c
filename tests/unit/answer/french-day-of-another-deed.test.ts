import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A day told right after another deed's word ("arrêtée le 4 mars", "freed on June 9") is that deed's day, not the
// day of the death or the arrest asked. Reports, names and places are invented.
const REPORTS = {
  'korvash-colere.txt': `La colère gagne Korvash

L'Écho des Plaines

La mort en garde à vue de Sira Noval, 24 ans, arrêtée le 4 mars pour une affiche jugée subversive, a jeté des milliers de jeunes dans les rues de Korvash.
Les autorités locales parlent d'un malaise cardiaque.
`,
  'telvik-journalist.txt': `Telvik journalist back home

Harbour Wire

The family of Oren Daskal, a reporter freed on June 9 after eleven months in custody, said he was resting at home in Telvik.
`,
};

describe('A day told of another deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «la mort … de Sira Noval, arrêtée le 4 mars» WHEN asked when she died THEN the arrest day is not given', () => {
    for (const q of ['Quand Sira Noval est-elle décédée ?', 'when did Sira Noval die?']) {
      const a = ask(index, q).answer;
      expect(a.text).not.toMatch(/March 4|4 mars/);
    }
  });

  it('GIVEN the same sentence WHEN asked when she was arrested THEN the day is given', () => {
    const a = ask(index, 'Quand Sira Noval a-t-elle été arrêtée ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^March 4/);
  });

  it('GIVEN «Oren Daskal, a reporter freed on June 9» WHEN asked when he was arrested THEN the release day is not given', () => {
    const a = ask(index, 'when was Oren Daskal arrested?').answer;
    expect(a.text).not.toMatch(/June 9/);
  });
});
