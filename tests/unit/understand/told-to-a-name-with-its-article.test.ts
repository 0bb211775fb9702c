import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';

// "What did X tell the Lund Evening Post about …?": the outlet the words were told to, written with its article, is
// whom they were told to (the reader weighs the sentence "…,” X told the Lund Evening Post." above X's other words);
// the topic stays what follows "about". (A real report's magistrate "told The Associated Press" his words, and the
// reader gave his other sentence on the arrest; no invented report reproduced that choice, so this pins the reading.)
describe('words told to a name written with its article', () => {
  it('GIVEN "What did prosecutor Marta Silje tell the Lund Evening Post about the arrest of the couple?" WHEN analysed THEN the outlet is the addressee and the arrest the topic', () => {
    const a = analyseQuestion('What did prosecutor Marta Silje tell the Lund Evening Post about the arrest of the couple?');
    expect(a.addressee).toHaveLength(3);
    expect(a.addressee).toContain('lund');
    expect(a.addressee).toContain('post');
    expect(a.topic).toContain('@arrest');
  });

  it('GIVEN "What did Marta Silje tell reporters about the couple?" WHEN analysed THEN no addressee is read from a word in lower case', () => {
    expect(analyseQuestion('What did Marta Silje tell reporters about the couple?').addressee).toBeUndefined();
  });
});
