import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();

const rolesOf = (x: ReturnType<typeof extractArticle>, name: string) => x.speakers.find((s) => s.name === name)?.roles.map((r) => r.text) ?? [];

// A list of names closed by ", as well as a delegation of …" gives none of them a role; a title of several words
// before "of <institution> <Name>" is read whole ("former Vice President of …", not "President of …"); a title's
// abbreviation ("Rt. Hon.") ends no sentence.
describe('roles read around lists and long titles', () => {
  it('GIVEN "…, Ana Brook and Ivo Sarn, as well as a delegation of members of the Brisk Assembly" THEN neither takes that phrase as a role', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Valdor exiles meet

In Tarnow, a conference took place featuring Lena Vost, alongside guests including Ana Brook, Pavel Drum, and Ivo Sarn, as well as a delegation of members of the Brisk Assembly.
`),
    );
    for (const name of ['Ana Brook', 'Pavel Drum', 'Ivo Sarn']) expect(rolesOf(x, name).join(' ')).not.toMatch(/as well as|delegation/);
  });

  it('GIVEN "The first speaker was former Vice President of the European Parliament Karin Valde" THEN her role keeps "Vice"', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Valdor exiles meet

The first speaker was former Vice President of the European Parliament Karin Valde, who was wounded in an attack last year.
`),
    );
    expect(rolesOf(x, 'Karin Valde')).toContain('former Vice President of the European Parliament');
  });

  it('GIVEN "Also addressing the rally was the former French Minister of Human Rights Ana Brook" THEN her role keeps "former French"', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Valdor exiles meet

Also addressing the rally was the former French Minister of Human Rights Ana Brook, who praised the exiles.
`),
    );
    expect(rolesOf(x, 'Ana Brook')).toContain('former French Minister of Human Rights');
  });

  it('GIVEN "Former Home Secretary Rt. Hon. Lord Tamsin Vale QC; and Ivo Sarn … were among the speakers" THEN the sentence is not cut at "Rt." and "Rt" is no one\'s name', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Valdor exiles meet

Exiles held a rally on Wednesday in Tarnow Square. Former Home Secretary Rt. Hon. Lord Tamsin Vale QC; and Ivo Sarn, the officer of the rights group Open Door, were among the speakers.
`),
    );
    expect(x.speakers.map((s) => s.name)).not.toContain('Rt');
    expect(x.speakers.find((s) => s.name === 'Tamsin Vale')?.roles.map((r) => r.text)).toEqual(['Former Home Secretary']);
    const texts = x.sentences.map((s) => s.text);
    expect(texts).toContain('Former Home Secretary Rt. Hon. Lord Tamsin Vale QC; and Ivo Sarn, the officer of the rights group Open Door, were among the speakers.');
  });
});
