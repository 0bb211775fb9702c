import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();

// A person's stated role after an age ("X, 58, a former …"), in a relative clause ("X, who is a journalist …") or as
// a predicate ("Gen. X was the commander of …").
describe('roles in other slots than a plain apposition', () => {
  it('GIVEN "X, 58, a former political prisoner …" and "X, who is a journalist and host of …" and "Gen. X was the commander of …" THEN each role is read', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Exiles speak out

“We will go home one day,” Lena Vost, 58, a former political prisoner in Valdor, told the crowd as she joined the march.
Tonight we talk with Mira Kell, who is a journalist and host of the Valdor Hour on North Radio.
A website close to the Guard reported that Gen. Omar Tarvinezh was the commander of the northern brigade of the Valdor Guard and said that 200 people were arrested.
`),
    );
    const role = (name: string) => x.speakers.find((s) => s.name === name)?.roles.map((r) => r.text) ?? [];
    expect(role('Lena Vost')).toEqual(['a former political prisoner in Valdor']);
    expect(role('Mira Kell')[0]).toMatch(/^a journalist and host of the Valdor Hour/);
    expect(role('Omar Tarvinezh')).toContain('the commander of the northern brigade of the Valdor Guard');
  });
});

// A French quote closed with an opening mark ("… en Valdor“, réagit X, …"): the words are X's and X is a speaker.
describe('a quote closed with the opening mark', () => {
  it('GIVEN "“… nous allons continuer“, réagit X, militante et organisatrice du rassemblement" THEN the quote is X\'s and X has that role', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Rassemblement à Valmont

Samedi, le rassemblement était marqué par le verdict : “Nous avons appris la nouvelle avec colère. Nous allons continuer le combat“, réagit Nadia Rahimi, militante et organisatrice du rassemblement.
`),
    );
    const nadia = x.speakers.find((s) => s.name === 'Nadia Rahimi');
    expect(nadia?.roles.map((r) => r.text)).toEqual(['militante et organisatrice du rassemblement']);
    expect(x.quotes.find((q) => q.text.startsWith('Nous avons appris'))?.speakerId).toBe(nadia?.id);
  });
});
