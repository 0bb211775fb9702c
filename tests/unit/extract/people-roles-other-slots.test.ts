import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();

// A person's stated role after an age ("X, 58, a former …") or in a relative clause ("X, who is a journalist …").
describe('roles in other slots than a plain apposition', () => {
  it('GIVEN "X, 58, a former political prisoner …" and "X, who is a journalist and host of …" THEN both roles are read', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Exiles speak out

“We will go home one day,” Lena Vost, 58, a former political prisoner in Valdor, told the crowd as she joined the march.
Tonight we talk with Mira Kell, who is a journalist and host of the Valdor Hour on North Radio.
`),
    );
    const role = (name: string) => x.speakers.find((s) => s.name === name)?.roles.map((r) => r.text) ?? [];
    expect(role('Lena Vost')).toEqual(['a former political prisoner in Valdor']);
    expect(role('Mira Kell')[0]).toMatch(/^a journalist and host of the Valdor Hour/);
  });
});
