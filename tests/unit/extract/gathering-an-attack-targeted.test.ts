import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();

// A report of a conference that recalls "the foiled attack on an exile rally in Tarnow": that rally is a happening of
// its own, not the conference (which must keep its kind, and not take Tarnow as its city).
describe('a gathering named as what an attack targeted', () => {
  it('GIVEN a conference on May 14 and "the foiled attack on an exile rally in Tarnow" THEN the conference stays a conference, not a rally in Tarnow', () => {
    const x = extractArticle(
      nlp,
      articleFromText(`Lawmakers back the exiles of Valdor

On May 14, 2031, the Brisk Assembly hosted a conference where the exile leader Lena Vost and Brisk lawmakers discussed the future of Valdor.

Ivo Sarn, a Brisk MP, cited examples of the regime's attacks abroad, such as the foiled attack on an exile rally in Tarnow and the failed bombing in Kesh.
`),
    );
    const dated = x.events.find((e) => e.date?.iso === '2031-05-14');
    expect(dated?.kind).toBe('conference');
    expect(dated?.city).not.toBe('Tarnow');
  });
});
