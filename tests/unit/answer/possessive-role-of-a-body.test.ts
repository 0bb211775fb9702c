import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "… members of the Varnian Exile Council (VEC). Son président, Idris Halab, …": a role told by a possessive is of the
// body the sentence before names; the answer says whose it is. A person's own relation ("his lawyer") stays as written.
const REPORTS = {
  'brenn-fr.txt': `Rassemblement à Brenn pour Varnia
Publié le 8 avril 2034 | Le Courrier de Brenn

Samedi, quelque 600 personnes se sont réunies sur la place des Tilleuls à Brenn.
La parole a ensuite été donnée à des membres du Conseil varnien de l'exil (CVE).
Son président, Idris Halab, a été longuement applaudi par la foule.
`,
  'kessel-en.txt': `Detained editor's family speaks out
Published: 3 May 2034 | Harbour Post

Editor Lena Morrow has been held in Kessel since March.
Her lawyer, Paul Anker, said the charges were baseless.
`,
};

describe('a role told by a possessive', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Son président, Idris Halab" after a sentence naming the Conseil varnien de l\'exil (CVE) WHEN who Idris Halab is is asked THEN the answer names the council', () => {
    const { answer } = ask(index, 'Who is Idris Halab?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/président/);
    expect(answer.text).toMatch(/Conseil varnien de l'exil|CVE/);
    expect(answer.text).not.toMatch(/is Son président \(/);
  });

  it('GIVEN "Her lawyer, Paul Anker" WHEN who Paul Anker is is asked THEN his role is given as written', () => {
    const { answer } = ask(index, 'Who is Paul Anker?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/lawyer/i);
  });
});
