import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/domain/types.ts';
import { createNlp, type Nlp } from '../../../src/extract/nlp.ts';
import { extractPeople } from '../../../src/extract/people.ts';
import { extractQuotes } from '../../../src/extract/quotes.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { articleFromText } from '../../support/article-from-text.ts';

let nlp: Nlp;
beforeAll(() => {
  nlp = createNlp();
});

function quotesOfText(text: string): Quote[] {
  const article = articleFromText(text, 'fx');
  const sentences = splitSentences(nlp, article);
  return extractQuotes(nlp, article, sentences, extractPeople(nlp, article, sentences));
}
const quotesOf = (file: string): Quote[] =>
  quotesOfText(readFileSync(new URL(`../../fixtures/extract-people/${file}`, import.meta.url), 'utf8'));

function quoteWith(quotes: Quote[], words: string, kind?: Quote['kind']): Quote {
  const q = quotes.find((x) => x.text.includes(words) && (!kind || x.kind === kind));
  if (!q) throw new Error(`no quote with "${words}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

describe('quotes in a Brussels rally report', () => {
  it('GIVEN "X told the rally: …" THEN the colon quote is X’s and not duplicated as indirect speech', () => {
    const quotes = quotesOf('brussels-rally.txt');
    const q = quoteWith(quotes, 'Europe cannot keep silent');
    expect(q.kind).toBe('direct');
    expect(q.speakerId).toBe('helene-van-der-berghe');
    expect(quotes.filter((x) => x.text.includes('Europe cannot keep silent'))).toHaveLength(1);
  });

  it('GIVEN a man and a woman named before "he said" / "she said" THEN each pronoun goes to the matching person', () => {
    const quotes = quotesOf('brussels-rally.txt');
    expect(quoteWith(quotes, 'We have waited too long').speakerId).toBe('karim-abdel-malek');
    expect(quoteWith(quotes, 'His family has paid the highest price').speakerId).toBe('helene-van-der-berghe');
  });

  it('GIVEN "…," said Dr. X, a lawyer, and a second quote after it THEN both are hers', () => {
    const quotes = quotesOf('brussels-rally.txt');
    expect(quoteWith(quotes, 'Every execution is a message').speakerId).toBe('farzaneh-ghorbani');
    expect(quoteWith(quotes, 'The mullahs fear the street').speakerId).toBe('farzaneh-ghorbani');
  });

  it('GIVEN "X wrote in a message …:" THEN the quote is written by X', () => {
    const q = quoteWith(quotesOf('brussels-rally.txt'), 'My city stands with the families');
    expect(q.kind).toBe('written');
    expect(q.speakerId).toBe('octave-lenoir-dufresne');
  });

  it('GIVEN a quote that continues into the next paragraph THEN one quote keeps the speaker named at its end', () => {
    const q = quoteWith(quotesOf('brussels-rally.txt'), 'He was held for months');
    expect(q.text).toContain('When our family asked for news');
    expect(q.speakerId).toBe('karim-abdel-malek');
  });

  it('GIVEN chants and placards THEN slogans and banners, a "Name:" placard attributed to that person', () => {
    const quotes = quotesOf('brussels-rally.txt');
    expect(quoteWith(quotes, 'No to executions').kind).toBe('slogan');
    expect(quoteWith(quotes, 'Freedom for Iran').speakerName).toBe('protesters');
    const placard = quoteWith(quotes, 'justice for the victims of 1988');
    expect(placard.kind).toBe('banner');
    expect(placard.speakerId).toBe('farzaneh-ghorbani');
  });

  it('GIVEN "a volunteer explained" THEN the quote is kept unattributed', () => {
    const q = quoteWith(quotesOf('brussels-rally.txt'), 'only the beginning of a long campaign');
    expect(q.speakerId).toBeUndefined();
  });

  it('GIVEN "X urged … and called for …" THEN an indirect quote for X', () => {
    const q = quoteWith(quotesOf('brussels-rally.txt'), 'urged the Belgian government');
    expect(q.kind).toBe('indirect');
    expect(q.speakerId).toBe('farzaneh-ghorbani');
  });
});

describe('quotes in a Berlin anniversary report', () => {
  it('GIVEN "…," added the former MP THEN the MP named earlier is the speaker', () => {
    const quotes = quotesOf('berlin-anniversary.txt');
    expect(quoteWith(quotes, 'Germany cannot do business as usual').speakerId).toBe('thomas-brandt');
    expect(quoteWith(quotes, 'called on the federal government', 'indirect').speakerId).toBe('thomas-brandt');
  });

  it('GIVEN a tweet signature line THEN the paragraph above is a tweet by the signer', () => {
    const quotes = quotesOf('berlin-anniversary.txt');
    const tweet = quoteWith(quotes, 'Our hearts are with the families', 'tweet');
    expect(tweet.speakerId).toBe('soraya-karimi');
    expect(quoteWith(quotes, 'said that the uprising had changed Iran').speakerId).toBe('soraya-karimi');
  });

  it('GIVEN the crowd chanting and placards that read THEN the crowd is the speaker name, no id', () => {
    const quotes = quotesOf('berlin-anniversary.txt');
    const chant = quoteWith(quotes, 'Down with the dictator');
    expect(chant.kind).toBe('slogan');
    expect(chant.speakerName).toBe('crowd');
    expect(chant.speakerId).toBeUndefined();
    expect(quoteWith(quotes, 'Free all political prisoners').kind).toBe('banner');
  });

  it('GIVEN "one protester told Iran Focus" THEN the quote has no speaker id', () => {
    expect(quoteWith(quotesOf('berlin-anniversary.txt'), 'We will not forget').speakerId).toBeUndefined();
  });
});

describe('quotes in a Geneva report', () => {
  it('GIVEN "…," the senator told the crowd THEN the senator named earlier is the speaker', () => {
    expect(quoteWith(quotesOf('geneva-session.txt'), 'The Council must open an inquiry').speakerId).toBe('marco-bellini');
  });

  it('GIVEN "she added:" right after a sentence about a man THEN the woman named before him is the speaker', () => {
    expect(quoteWith(quotesOf('geneva-session.txt'), 'La justice viendra').speakerId).toBe('ingrid-von-hoffmann');
  });

  it('GIVEN a short form "Mr. Bin Khalid said …" THEN indirect speech for Ahmad bin Khalid', () => {
    expect(quoteWith(quotesOf('geneva-session.txt'), 'families of the victims had been waiting', 'indirect').speakerId).toBe('ahmad-bin-khalid');
  });
});

describe('quote marks and attribution patterns', () => {
  it('GIVEN «guillemets» and ‘single quotes’ with apostrophes inside THEN the spans are read whole', () => {
    const quotes = quotesOfText(
      'Mr. Youssef Haddad said: «We shall return to our homes.»\n\nMs. Clara Weiss, a nurse from Lyon, said ‘the regime’s prisons are full of children’ before leaving.',
    );
    expect(quoteWith(quotes, 'We shall return to our homes').speakerId).toBe('youssef-haddad');
    expect(quoteWith(quotes, 'the regime’s prisons are full of children').speakerId).toBe('clara-weiss');
  });

  it('GIVEN a name inside the quoted words THEN that person is never the speaker', () => {
    const quotes = quotesOfText('“We ask Prime Minister Anders Lindqvist to act,” said the organisers.');
    expect(quoteWith(quotes, 'We ask Prime Minister').speakerId).toBeUndefined();
  });

  it('GIVEN "He called on all parties …" after a named speaker THEN indirect speech by that speaker', () => {
    const quotes = quotesOfText('Nadia Rostami, a spokeswoman for the families, said: “We want the truth.”\n\nShe called on the courts to release the bodies.');
    expect(quoteWith(quotes, 'We want the truth').speakerId).toBe('nadia-rostami');
    const q = quoteWith(quotes, 'called on the courts', 'indirect');
    expect(q.speakerId).toBe('nadia-rostami');
    expect(q.text.startsWith('called on the courts')).toBe(true);
  });

  it('GIVEN a quote nobody is said to have said THEN it stays unattributed', () => {
    const quotes = quotesOfText('Mr. Tomas Berg arrived early. The square was covered with flags. “Nobody will silence the families of the victims,” the leaflet declared in bold letters.');
    expect(quoteWith(quotes, 'Nobody will silence').speakerId).toBeUndefined();
  });

  it('GIVEN a live-blog line "Name: “…”" without a verb THEN the quote is that person’s', () => {
    const quotes = quotesOfText('11:05 – Lord Peter Ashworth: “The British government must proscribe the Guards.”');
    expect(quoteWith(quotes, 'must proscribe the Guards').speakerId).toBe('peter-ashworth');
  });

  it('GIVEN "“…,” read one placard" THEN a banner of the crowd', () => {
    const q = quoteWith(quotesOfText('“We are not afraid,” read one placard held up by the demonstrators.'), 'We are not afraid');
    expect(q.kind).toBe('banner');
    expect(q.speakerId).toBeUndefined();
  });

  it('GIVEN "According to Ms. X, …" THEN her statement is kept as indirect speech', () => {
    const q = quoteWith(quotesOfText('According to Ms. Nasrin Tabrizi, more than 40 people were killed in the marshes.'), 'more than 40 people were killed');
    expect(q.kind).toBe('indirect');
    expect(q.speakerId).toBe('nasrin-tabrizi');
  });

  it('GIVEN a quote split by its attribution THEN one quote with both halves', () => {
    const quotes = quotesOfText('Ms. Leila Sanjabi spoke last. “The regime,” she said, “is on its last legs.”');
    const q = quoteWith(quotes, 'The regime is on its last legs');
    expect(q.speakerId).toBe('leila-sanjabi');
    expect(quotes.filter((x) => x.kind === 'direct')).toHaveLength(1);
  });

  it('GIVEN an embedded tweet flattened into one paragraph THEN a tweet by the signer; an organisation signer gets no id', () => {
    const quotes = quotesOfText(
      'The regime must be held to account for the massacre of protesters. #IranProtests pic.twitter.com/AbC123— Shirin Nadimi (@ShirinNadimi) November 20, 2019\n\nFreedom is coming. #FreeIran\n\n— NCRI (@iran_policy) November 21, 2019',
    );
    const first = quoteWith(quotes, 'held to account for the massacre', 'tweet');
    expect(first.speakerId).toBe('shirin-nadimi');
    expect(first.text).not.toContain('pic.twitter.com');
    const org = quoteWith(quotes, 'Freedom is coming', 'tweet');
    expect(org.speakerId).toBeUndefined();
    expect(org.speakerName).toBe('NCRI');
  });

  it('GIVEN "X said she …" earlier THEN a later "she said" skips a nearer man of unknown gender for X', () => {
    const quotes = quotesOfText('Dr. Lina Sabbagh said she had treated the wounded for three days.\n\nOmar Faruq, a paramedic, carried the stretchers.\n\n“We were overwhelmed,” she said.');
    expect(quoteWith(quotes, 'We were overwhelmed').speakerId).toBe('lina-sabbagh');
  });

  it('GIVEN "remarks from X. He told …" after another speaker THEN "he" is X', () => {
    const quotes = quotesOfText(
      'General Tom Reyes, a retired commander, said that the regime was weaker than ever.\n\nThe speech was followed by remarks from Struan Macleod. He told the audience that Europe must change course.',
    );
    expect(quoteWith(quotes, 'told the audience that Europe', 'indirect').speakerId).toBe('struan-macleod');
  });

  it('GIVEN one or two words in quote marks inside reported speech THEN no quote is made of them', () => {
    const quotes = quotesOfText('The judiciary chief Hassan Rahimi said on Monday that “rioters” would face the harshest punishments.');
    expect(quotes.some((q) => q.text === 'rioters')).toBe(false);
    expect(quoteWith(quotes, 'would face the harshest punishments', 'indirect').speakerId).toBe('hassan-rahimi');
  });

  it('GIVEN a press release with a participant list THEN the colon quote is the named participant’s and the organisers’ words stay unattributed', () => {
    const quotes = quotesOf('rome-press-release.txt');
    expect(quoteWith(quotes, 'Italy must stand with the Iranian people').speakerId).toBe('bruno-ferrante');
    expect(quoteWith(quotes, 'marked a turning point').speakerId).toBeUndefined();
  });

  it('GIVEN "said the NCRI" after the NCRI President was named THEN the organisation’s words are not hers; "the NCRI president added" is', () => {
    const quotes = quotesOfText('NCRI President Farah Alavi spoke first.\n\n“The regime is finished,” said the NCRI in a statement.\n\n“We are not afraid,” the NCRI president added.');
    expect(quoteWith(quotes, 'The regime is finished').speakerId).toBeUndefined();
    expect(quoteWith(quotes, 'We are not afraid').speakerId).toBe('farah-alavi');
  });

  it('GIVEN a name inside a relative or adverbial clause THEN the main subject is the speaker', () => {
    const quotes = quotesOfText(
      'Mr. Karim Nasser, who met President Lena Holt, said that the talks had failed.\n\nAfter meeting Senator Paul Drake, Ms. Sara Lind said: “We need action now.”\n\nMs. Dana Roe, who had met Mr. Hugo Baz, said: “It went better than expected.”',
    );
    expect(quoteWith(quotes, 'said that the talks had failed', 'indirect').speakerId).toBe('karim-nasser');
    expect(quotes.some((q) => q.speakerId === 'lena-holt' || q.speakerId === 'paul-drake' || q.speakerId === 'hugo-baz')).toBe(false);
    expect(quoteWith(quotes, 'We need action now').speakerId).toBe('sara-lind');
    expect(quoteWith(quotes, 'It went better than expected').speakerId).toBe('dana-roe');
  });
});

