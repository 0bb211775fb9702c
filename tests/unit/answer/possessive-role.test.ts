import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Son président, Marc Olin, …": a post of a body named before ("its president"), which the two words alone do not
// say. Asked who he is, neither "Son président" nor the rest of the sentence is his role.
const REPORTS = {
  'brenn-conseil-fr.txt': `Le Conseil varnien en exil réuni à Brenn
Publié le 4 avril 2032 | Gazette du Port

Le Conseil varnien en exil a tenu samedi sa première séance publique à Brenn. Son président, Marc Olin, s'est exprimé sous les applaudissements d'une salle comble.
`,
  'kessel-mayor.txt': `Mayor backs exiles
Published: 2 May 2032 | Harbour Post

Lena Vogt, the mayor of Kessel, said the town would host the exiles' next meeting.
`,
};

describe('a role told by a possessive ("son président")', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Son président, Marc Olin, …" WHEN who Marc Olin is asked THEN no role is made of the possessive or of the sentence', () => {
    const { answer } = ask(index, 'Who is Marc Olin?');
    expect(answer.text.split('“')[0]).not.toMatch(/Son président|s'est exprimé|applaudissements/);
  });

  it('GIVEN a role written whole WHEN who Lena Vogt is asked THEN the mayor of Kessel', () => {
    const { answer } = ask(index, 'Who is Lena Vogt?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/mayor of Kessel/);
  });
});
