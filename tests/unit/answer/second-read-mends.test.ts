import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { mottoAsked } from '../../../src/answer/motto-unwritten.ts';

// Checks added this stop that declined answers their reports do give: each case below is a report of the genre in
// invented words where the check had gone too far.
const REPORTS = {
  'free-varnia.txt': `Exiles rally for a free Varnia
Published: 5 June 2035 | Harbour Post

The Free Varnia day in Brenn was organised by Captives for Free Varnia, a group of former prisoners.
`,
  'sostan.txt': `Blogger sentenced in Orsk
Published: 20 March 2035 | Wire

Imre Sostan was arrested in January, and a court in Orsk sentenced him to six years on March 4.
`,
  'annual.txt': `Monitor counts the year's executions
Published: 30 December 2035 | Exile Voice

In December 2035, the Lantern monitor counted 812 executions in Varnia for the year.
`,
  'cercle.txt': `Rassemblement à Velmont
Publié le 9 juin 2035 | Le Courrier

Samedi, des centaines de personnes ont écouté les membres du Cercle varnien des Citoyens (CVC) sur la place du Marché à Velmont.
Son porte-parole, Yann Derel, a appelé à la libération des détenus.
`,
};

describe('checks of this stop kept to what they are for', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a group whose name ends with the words asked WHEN who organised Free Varnia day is asked THEN the group answers', () => {
    const { answer } = ask(index, 'Who organised the Free Varnia day in Brenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Captives for Free Varnia/);
  });

  it('GIVEN "a court … sentenced him … on March 4" WHEN when Imre Sostan was sentenced is asked THEN March 4', () => {
    const { answer } = ask(index, 'When was Imre Sostan sentenced?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/March 4/);
  });

  it('GIVEN a count "for the year" told in December WHEN how many were executed in 2035 is asked THEN 812', () => {
    const { answer } = ask(index, 'How many people were executed in Varnia in 2035?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/812/);
  });

  it('GIVEN "Son porte-parole, Yann Derel" after the Cercle varnien des Citoyens (CVC) WHEN who Yann Derel is is asked THEN the whole name of the body', () => {
    const { answer } = ask(index, 'Who is Yann Derel?');
    expect(answer.text).toMatch(/Cercle varnien des Citoyens \(CVC\)/);
  });

  it('GIVEN two possessives "the workers\' and teachers\' rally" THEN no motto is read', () => {
    expect(mottoAsked("How many came to the workers' and teachers' rally?")).toBeUndefined();
    expect(mottoAsked("How many came to the 'Bread and Roses' rally?")).toBe('bread and roses');
  });
});
