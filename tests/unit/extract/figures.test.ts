import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/domain/types.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { extractFigures } from '../../../src/extract/figures.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { findAmounts } from '../../../src/extract/figure-numbers.ts';
import type { PeopleResult } from '../../../src/extract/people.ts';
import { articleFromText, dayDate, readRepoFile } from './events-article-builder.ts';

const nlp = createNlp();
const noPeople: PeopleResult = { speakers: [], mentions: [] };
const fixture = (name: string): string => readRepoFile(`tests/fixtures/extract-events/${name}`);

function figuresOf(text: string, opts: Parameters<typeof articleFromText>[1] = {}): Figure[] {
  const article = articleFromText(text, opts);
  return extractFigures(nlp, article, splitSentences(nlp, article), noPeople, []);
}
const brief = (f: Figure): string => `${f.measure}:${f.qualifier}:${f.value ?? '-'}:${f.lower ?? '-'}:${f.upper ?? '-'}:${f.counted}`;

describe('amounts', () => {
  it('GIVEN digits, number words and dozens THEN values and qualifier bounds come from the words', () => {
    const found = findAmounts('at least 1,500 and over 300, nearly two dozen, up to 40, about 7, some twenty-five and fewer than 50');
    expect(found.map((a) => [a.text, a.value, a.qualifier, a.lower, a.upper])).toEqual([
      ['at least 1,500', 1500, 'at-least', 1500, undefined],
      ['over 300', 300, 'more-than', 300, undefined],
      ['nearly two dozen', 24, 'nearly', undefined, 24],
      ['up to 40', 40, 'at-most', undefined, 40],
      ['about 7', 7, 'about', undefined, undefined],
      ['some twenty-five', 25, 'about', undefined, undefined],
      ['fewer than 50', 50, 'less-than', undefined, 50],
    ]);
  });

  it('GIVEN vague amounts THEN they keep a lower bound and no invented value', () => {
    const found = findAmounts('dozens of people, hundreds of thousands of refugees, tens of thousands marched, several thousand came');
    expect(found.map((a) => [a.text, a.value, a.qualifier, a.lower])).toEqual([
      ['dozens', undefined, 'vague', 24],
      ['hundreds of thousands', undefined, 'vague', 200000],
      ['tens of thousands', undefined, 'vague', 20000],
      ['several thousand', undefined, 'vague', 2000],
    ]);
  });

  it('GIVEN years, dates, ordinals, day labels, durations, ad sizes, districts, times, money and percentages THEN none is an amount', () => {
    const text =
      'In 1948 and in 2019, on December 17 and 19 Dec, in the 21st century, Day 44 and the 44th day, the eight-year war, ' +
      'for three years, 728 x 90, Paris’ 2nd District, at 14:05, $300 million, 45 percent and 12% of voters.';
    expect(findAmounts(text)).toEqual([]);
  });
});

describe('figures in the genre', () => {
  it('GIVEN a statement with "Number of executions: 250" lines under a heading THEN each line is a figure with the heading’s scope', () => {
    const figures = figuresOf(fixture('executions-statement.txt'), { date: dayDate('2023-01-10'), publisher: 'Justice for Iran Monitoring Group' });
    expect(figures.map(brief)).toEqual([
      'executed:exact:250:-:-:executions',
      'arrested:more-than:9000:9000:-:arrests',
      'cities:exact:31:-:-:provinces with protests',
    ]);
    expect(figures.every((f) => f.scope === 'the crackdown' && f.claimant === 'Justice for Iran Monitoring Group' && f.asOf?.iso === '2023-01-10')).toBe(true);
  });

  it('GIVEN a shelling report with "dozens of civilians" killed "according to" a rescue service THEN the claimant is the rescue service', () => {
    const article = articleFromText(fixture('hamlet-shelling.txt'), { date: dayDate('2018-03-08'), publisher: 'Levant Dispatch' });
    const x = extractArticle(nlp, article);
    expect(x.figures.map(brief)).toEqual(['killed:vague:-:24:-:civilians', 'damaged:nearly:40:-:40:homes', 'displaced:at-most:3000:-:3000:residents']);
    expect(x.figures[0]!.claimant).toBe('Levant Civil Rescue Service');
    expect(x.figures.map((f) => f.scope)).toEqual(Array(3).fill('the bombardment of the village of Tal Wardan'));
    expect(x.figures.every((f) => f.eventId === x.events[0]!.id)).toBe(true);
  });

  it('GIVEN a live report whose section heading is a date THEN its figures are as of that day, with the organisers as claimant', () => {
    const figures = figuresOf(fixture('vienna-live.txt'), { from: 'Updated', publisher: 'Alpine Iran Watch' });
    expect(figures.map(brief)).toEqual(['attendance:vague:-:2000:-:people', 'attendance:about:4500:-:-:people']);
    expect(figures.map((f) => f.asOf?.iso)).toEqual(['2022-04-09', '2022-04-09']);
    expect(figures.map((f) => f.claimant)).toEqual(['organisers', 'organisers']);
  });

  it('GIVEN a number after a speaker’s reported words THEN the speaker claims it', () => {
    const article = articleFromText(fixture('berlin-rally.txt'), { date: dayDate('2021-03-14', 'dateline'), dateline: 'Berlin', publisher: 'Diaspora Herald' });
    const x = extractArticle(nlp, article);
    expect(x.figures.map(brief)).toEqual(['attendance:more-than:10000:10000:-:Iranians', 'executed:at-least:120:120:-:people']);
    expect(x.figures[0]!.claimant).toBe('Diaspora Herald');
    expect(x.figures[1]!.claimant).toMatch(/Farid Nasseri/);
  });

  it('GIVEN "protests spread to 191 cities" and "hundreds of supporters attended" THEN cities and attendance are measured', () => {
    const figures = figuresOf('Protests spread to 191 cities within a week. Hundreds of supporters attended the vigil in Toronto.');
    expect(figures.map(brief)).toEqual(['cities:exact:191:-:-:cities', 'attendance:vague:-:200:-:supporters']);
  });

  it('GIVEN injured, detained, missing and identified counts THEN each takes its measure from its own verb', () => {
    const figures = figuresOf(
      'Security forces wounded 35 people and detained more than 400 students, while 12 remain missing. The group has identified 97 of the victims by name.',
    );
    expect(figures.map(brief)).toEqual(['injured:exact:35:-:-:people', 'arrested:more-than:400:400:-:students', 'missing:exact:12:-:-:students', 'identified:exact:97:-:-:victims']);
  });

  it('GIVEN a number that counts nothing the vocabulary knows THEN no figure is made', () => {
    expect(figuresOf('The committee has 12 members and met in 3 rooms.')).toEqual([]);
  });

  it('GIVEN "at least 304 people, including 23 children, were killed" THEN both counts take the verb after the including-clause', () => {
    const figures = figuresOf('A rights group said on Wednesday that at least 304 people, including 23 children, were killed during the November protests.');
    expect(figures.map(brief)).toEqual(['killed:at-least:304:304:-:people', 'killed:exact:23:-:-:children']);
    expect(figures.every((f) => f.scope === 'the November protests')).toBe(true);
  });

  it('GIVEN "At least 256 of them were hanged" THEN "them" counts what the sentence before counted', () => {
    const figures = figuresOf('Authorities executed 480 prisoners last year. At least 256 of them were hanged for drug offences.');
    expect(figures.map(brief)).toEqual(['executed:exact:480:-:-:prisoners', 'executed:at-least:256:256:-:people']);
  });

  it('GIVEN "killing at least 66 people and wounding hundreds, local activists said" THEN both are figures claimed by the activists', () => {
    const figures = figuresOf('Security forces opened fire on worshippers in Khash on Friday, killing at least 66 people and wounding hundreds, local activists said.', { publisher: 'Frontier Desk' });
    expect(figures.map(brief)).toEqual(['killed:at-least:66:66:-:people', 'injured:vague:-:200:-:people']);
    expect(figures.map((f) => f.claimant)).toEqual(['local activists', 'local activists']);
  });

  it('GIVEN "said on Wednesday that at least 304 people … were killed" in an article of Friday THEN the figure is as of that Wednesday', () => {
    const figures = figuresOf('A rights group said on Wednesday that at least 304 people were killed during the protests.', { date: dayDate('2020-05-22') });
    expect(figures.map((f) => f.asOf?.iso)).toEqual(['2020-05-20']);
  });

  it('GIVEN "The death toll has risen to 750" and "the names of 410 victims" THEN the toll counts the killed and the names the identified', () => {
    const figures = figuresOf('The death toll has risen to 750, according to the opposition. The names of 410 victims have been published.');
    expect(figures.map(brief)).toEqual(['killed:exact:750:-:-:people', 'identified:exact:410:-:-:victims']);
    expect(figures[0]!.claimant).toBe('opposition');
  });

  it('GIVEN tally lines in Title Case and a Title Case headline THEN the tallies are figures and the headline is not', () => {
    const figures = figuresOf('Thousands Rally Against Executions Across Europe\n\nNumber Of Executions This Year: 412\n\nTotal Arrests: Over 5,000');
    expect(figures.map(brief)).toEqual(['executed:exact:412:-:-:executions this year', 'arrested:more-than:5000:5000:-:arrests']);
  });
});

