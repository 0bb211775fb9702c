import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../../src/domain/types.ts';
import { createNlp, type Nlp } from '../../../src/extract/nlp.ts';
import { extractPeople } from '../../../src/extract/people.ts';
import { extractQuotes } from '../../../src/extract/quotes.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { articleFromText } from '../../support/article-from-text.ts';

let nlp: Nlp;
beforeAll(() => {
  nlp = createNlp();
});

function quotesOf(file: string): { quotes: Quote[]; article: Article } {
  const article = articleFromText(readFileSync(new URL(`../../../data/articles/${file}`, import.meta.url), 'utf8'), file.slice(0, 3));
  const sentences = splitSentences(nlp, article);
  return { quotes: extractQuotes(nlp, article, sentences, extractPeople(nlp, article, sentences)), article };
}

function quoteWith(quotes: Quote[], words: string): Quote {
  const q = quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}"`);
  return q;
}

describe('quotes in seed 000 (Paris embassy rally for Aleppo)', () => {
  it('GIVEN banners that start with "Maryam Rajavi:" THEN they are banners attributed to her, without the prefix', () => {
    const { quotes } = quotesOf('000_2b81620ad0ff86e5.txt');
    const banners = quotes.filter((q) => q.kind === 'banner' && q.speakerId === 'maryam-rajavi');
    expect(banners).toHaveLength(3);
    expect(banners[0]?.text.startsWith('Aleppo is the icon of suffering')).toBe(true);
    const other = quoteWith(quotes, 'Assad and Khamenei have committed');
    expect(other.kind).toBe('banner');
    expect(other.speakerId).toBeUndefined();
    expect(other.speakerName).toBe('protesters');
  });

  it('GIVEN chanted slogans and shouts THEN they are slogans of the protesters with no speaker id', () => {
    const { quotes } = quotesOf('000_2b81620ad0ff86e5.txt');
    for (const words of ['Down with Bashar Assad', 'Down with Khamenei', 'Long live the Syrian revolution', 'Expel the mullahs']) {
      const q = quoteWith(quotes, words);
      expect(q.kind).toBe('slogan');
      expect(q.speakerName).toBe('protesters');
      expect(q.speakerId).toBeUndefined();
    }
  });

  it('GIVEN speakers who "talked about" or "announced" THEN keeps their reported speech', () => {
    const { quotes } = quotesOf('000_2b81620ad0ff86e5.txt');
    expect(quoteWith(quotes, 'talked about the unity').speakerId).toBe('ahmed-drickznla');
    const announced = quoteWith(quotes, 'announced at he rally');
    expect(announced.kind).toBe('indirect');
    expect(announced.speakerId).toBe('maryam-rajavi');
    const solidarity = quotes.filter((q) => q.text.startsWith('expressed their solidarity')).map((q) => q.speakerId);
    expect(solidarity.sort()).toEqual(['afshin-alavi', 'helen-fathpour', 'neda-zanjani']);
  });
});

describe('quotes in seed 002 (Trocadero rally, December 2019)', () => {
  it('GIVEN "…," said Michèle de Vaucouleurs THEN the liberty quote is hers', () => {
    const { quotes } = quotesOf('002_3355de5601d71423.txt');
    const q = quoteWith(quotes, 'liberty for Iran');
    expect(q.kind).toBe('direct');
    expect(q.speakerId).toBe('michele-de-vaucouleurs');
  });

  it('GIVEN "…," affirmed Jacques Boutault THEN the speaker is the name after the verb, not Macron inside the quote', () => {
    const { quotes } = quotesOf('002_3355de5601d71423.txt');
    const q = quoteWith(quotes, 'I call on President Emmanuel Macron');
    expect(q.speakerId).toBe('jacques-boutault');
    expect(quotes.some((x) => x.speakerId === 'emmanuel-macron')).toBe(false);
  });

  it('GIVEN "…," added the mayor after Legaret was named THEN the quote is Legaret’s', () => {
    const { quotes } = quotesOf('002_3355de5601d71423.txt');
    expect(quoteWith(quotes, 'The masks our off the faces').speakerId).toBe('jean-francois-legaret');
    expect(quoteWith(quotes, 'oppressed people of Iran had no way out').speakerId).toBe('jean-francois-legaret');
  });

  it('GIVEN "she stressed / added / said / concluded" THEN each quote goes to Maryam Rajavi', () => {
    const { quotes } = quotesOf('002_3355de5601d71423.txt');
    for (const words of ['The blood of over 600 rebellious youths', 'The conditions will not revert', 'This uprising will carry on', 'The European Union must stop']) {
      const q = quoteWith(quotes, words);
      expect(q.kind).toBe('direct');
      expect(q.speakerId).toBe('maryam-rajavi');
    }
  });

  it('GIVEN "Mrs. Maryam Rajavi urged France to …" THEN an indirect quote keeps the verb', () => {
    const { quotes } = quotesOf('002_3355de5601d71423.txt');
    const q = quoteWith(quotes, 'urged France to lead a European initiative');
    expect(q.kind).toBe('indirect');
    expect(q.text.startsWith('urged France')).toBe(true);
    expect(q.speakerId).toBe('maryam-rajavi');
    expect(quoteWith(quotes, 'expressed regret that').speakerId).toBe('maryam-rajavi');
  });

  it('GIVEN a tweet with its signature line THEN it is a tweet attributed to the signer', () => {
    const { quotes } = quotesOf('002_3355de5601d71423.txt');
    const tweet = quotes.find((q) => q.kind === 'tweet');
    expect(tweet?.speakerId).toBe('maryam-rajavi');
    expect(tweet?.text.startsWith('No concessions should be granted')).toBe(true);
  });

  it('GIVEN direct quotes THEN offsets point at the quoted words and ids are article-scoped', () => {
    const { quotes, article } = quotesOf('002_3355de5601d71423.txt');
    for (const q of quotes.filter((x) => x.kind === 'direct')) {
      expect(article.text.slice(q.source.start, q.source.end).startsWith(q.text.slice(0, 20))).toBe(true);
    }
    expect(quotes.map((q) => q.id)).toEqual(quotes.map((_, n) => `002:q${n + 1}`));
  });
});

describe('quotes in seed 003 (live report)', () => {
  it('GIVEN "held up banners that read" THEN both banners are the protesters’', () => {
    const { quotes } = quotesOf('003_f712640349deff95.txt');
    const q = quoteWith(quotes, 'Stop the massacre in Iran');
    expect(q.kind).toBe('banner');
    expect(q.speakerName).toBe('protesters');
    expect(quoteWith(quotes, 'Support the heroic nationwide uprising').kind).toBe('banner');
    expect(quoteWith(quotes, 'called on the United Nations').speakerId).toBe('maryam-rajavi');
  });

  it('GIVEN names in quote marks ("Resistance Units") THEN they are not quotes', () => {
    const { quotes } = quotesOf('003_f712640349deff95.txt');
    expect(quotes.some((q) => q.text === 'Resistance Units')).toBe(false);
  });
});

describe('quotes in seed 004 (Syria bombardment)', () => {
  it('GIVEN "X, the coordinator, said:" and a later "He said:" THEN both quotes are Moumtzis’', () => {
    const { quotes } = quotesOf('004_b773096f1a5d9978.txt');
    expect(quoteWith(quotes, 'Such targeting of innocent civilians').speakerId).toBe('panos-moumtzis');
    expect(quoteWith(quotes, 'The humanitarian situation of civilians in East Ghouta').speakerId).toBe('panos-moumtzis');
    const call = quoteWith(quotes, 'called on all parties');
    expect(call.kind).toBe('indirect');
    expect(call.speakerId).toBe('panos-moumtzis');
  });

  it('GIVEN "Rajavi wrote:" THEN the quote is written and hers', () => {
    const { quotes } = quotesOf('004_b773096f1a5d9978.txt');
    const q = quoteWith(quotes, 'The International Community must take serious measures');
    expect(q.kind).toBe('written');
    expect(q.speakerId).toBe('maryam-rajavi');
  });

  it('GIVEN a scare quote with no speaker THEN it is not kept as a quote', () => {
    const { quotes } = quotesOf('004_b773096f1a5d9978.txt');
    expect(quotes.some((q) => q.text === 'heartfelt condolences')).toBe(false);
    expect(quoteWith(quotes, 'a lesson, in combat').speakerId).toBe('suheil-al-hassan');
  });
});
