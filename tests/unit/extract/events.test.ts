import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EventRecord } from '../../../src/domain/types.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { extractEvents } from '../../../src/extract/events.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import type { PeopleResult } from '../../../src/extract/people.ts';
import { articleFromText, dayDate, dayMonthDate, readRepoFile, type BuildOptions } from './events-article-builder.ts';

const nlp = createNlp();
const noPeople: PeopleResult = { speakers: [], mentions: [] };
const fixture = (name: string): string => readRepoFile(`tests/fixtures/extract-events/${name}`);

function eventsOf(text: string, opts: BuildOptions = {}): EventRecord[] {
  const article = articleFromText(text, opts);
  return extractEvents(nlp, article, splitSentences(nlp, article), noPeople, []);
}
const names = (x: ArticleExtraction, e: EventRecord): string[] => e.speakers.map((id) => x.speakers.find((s) => s.id === id)?.name ?? id).sort();

describe('events in the genre', () => {
  it('GIVEN a Berlin rally of "more than 10,000" at the invitation of a group THEN date, venue, city, organiser, size and purpose are read', () => {
    const article = articleFromText(fixture('berlin-rally.txt'), { date: dayDate('2021-03-14', 'dateline'), dateline: 'Berlin' });
    const x = extractArticle(nlp, article);
    expect(x.events).toHaveLength(1);
    const rally = x.events[0]!;
    expect(rally).toMatchObject({
      kind: 'rally',
      label: 'Rally outside the Federal Chancellery, Berlin',
      venue: 'Federal Chancellery',
      city: 'Berlin',
      organisers: ['IDAG'],
      size: { text: 'More than 10,000 Iranians', value: 10000, lower: 10000 },
      purpose: 'to condemn the wave of executions in Iran',
    });
    expect(rally.date?.iso).toBe('2021-03-14');
    expect(names(x, rally)).toEqual(['Farid Nasseri', 'Klara Wendt']);
  });

  it('GIVEN a live report with "14:05 —" entries under a date heading THEN the gathering is dated by the heading and merged across entries', () => {
    const article = articleFromText(fixture('vienna-live.txt'), { from: 'Updated' });
    const x = extractArticle(nlp, article);
    expect(x.events).toHaveLength(1);
    const gathering = x.events[0]!;
    expect(gathering).toMatchObject({ kind: 'gathering', venue: 'Heldenplatz', city: 'Vienna', label: 'Gathering at Heldenplatz, Vienna' });
    expect(gathering.date?.iso).toBe('2022-04-09');
    expect(gathering.size?.lower).toBe(2000);
    expect(gathering.sources.length).toBeGreaterThanOrEqual(3);
    expect(names(x, gathering)).toContain('Lukas Brenner');
  });

  it('GIVEN a press release "A conference held today …, organised by X" THEN the conference takes the article date and its organiser', () => {
    const events = eventsOf(fixture('oslo-press-release.txt'), { date: dayDate('2023-09-22', 'dateline'), dateline: 'Oslo' });
    expect(events.map((e) => [e.kind, e.date?.iso, e.venue, e.city, e.organisers])).toEqual([
      ['conference', '2023-09-22', 'Nobel Peace Center', 'Oslo', ['Norwegian Committee for Iranian Freedom']],
    ]);
  });

  it('GIVEN a shelling "on Tuesday" in an article of Thursday 8 March 2018 THEN it is 2018-03-06, and "deadliest since 2016" is no second event', () => {
    const events = eventsOf(fixture('hamlet-shelling.txt'), { date: dayDate('2018-03-08') });
    expect(events.map((e) => [e.kind, e.date?.iso, e.label])).toEqual([['bombardment', '2018-03-06', 'Bombardment of the village of Tal Wardan']]);
    expect(events[0]!.sources).toHaveLength(3);
  });

  it('GIVEN "On Friday, June 1" in an article datelined "3 Jun" without a year THEN the year is not stated and the weekday allows 2012 and 2018', () => {
    const events = eventsOf(fixture('geneva-yearless.txt'), { date: dayMonthDate(6, 3), dateline: 'Geneva' });
    expect(events).toHaveLength(1);
    const demo = events[0]!;
    expect(demo.kind).toBe('demonstration');
    expect(demo.date).toMatchObject({ iso: '--06-01', yearStated: false, candidateYears: [2012, 2018] });
    expect(demo.date?.year).toBeUndefined();
    expect(demo.venue).toBe('Palais des Nations');
    expect(demo.city).toBe('Geneva');
    expect(demo.organisers).toEqual(['Swiss Association for Human Rights in Iran']);
    expect(demo.purpose).toBe('in solidarity with political prisoners');
  });

  it('GIVEN an article with no date and a weekday-only "on Friday" THEN the event gets no date rather than a guessed one', () => {
    const events = eventsOf('Hundreds of exiles rallied on Friday outside the Iranian embassy in Ottawa to demand the release of political prisoners.');
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toBeUndefined();
    expect(events[0]!.label).toBe('Rally outside the Iranian embassy, Ottawa');
  });

  it('GIVEN two rallies on different days in different cities THEN two events, and "the rally" afterwards joins the latest', () => {
    const events = eventsOf(
      'Supporters of the Free Iran Alliance (FIA) rallied on Saturday in Lyon. On Sunday, a second rally was held in Marseille at the Old Port Square. The rally drew about 800 people.',
      { date: dayDate('2024-05-13') },
    );
    expect(events.map((e) => [e.kind, e.date?.iso, e.city, e.size?.value])).toEqual([
      ['rally', '2024-05-11', 'Lyon', undefined],
      ['rally', '2024-05-12', 'Marseille', 800],
    ]);
    expect(events[0]!.organisers).toEqual(['FIA supporters']);
  });

  it('GIVEN slogans and banners that name a massacre THEN the words inside quotation marks make no event', () => {
    const events = eventsOf('Demonstrators in Brussels held banners reading “Stop the massacre” and chanted “No to the bombing of civilians”.', { date: dayDate('2024-05-13') });
    expect(events).toEqual([]);
  });

  it('GIVEN a past attack named with its date inside a rally report THEN it is its own event with its own date and place', () => {
    const events = eventsOf(
      'Participants in the rally in Copenhagen commemorated the victims of an attack on a camp in Ashraf City on September 1, 2013. The vigil was held in front of the Parliament.',
      { date: dayDate('2019-09-02') },
    );
    expect(events.map((e) => [e.kind, e.date?.iso])).toEqual([
      ['rally', undefined],
      ['attack', '2013-09-01'],
    ]);
    expect(events[0]!.city).toBe('Copenhagen');
    expect(events[0]!.venue).toBe('Parliament');
    expect(events[1]!.label).toBe('Attack on a camp, Ashraf City');
  });

  it('GIVEN a press release whose organiser is named in "The event was organised by" THEN it joins the conference, and the old massacre keeps no place of it', () => {
    const events = eventsOf(
      [
        'Rome, 4 April 2022 – A conference held on Saturday at the Palazzo Valentini in Rome demanded justice for the 1988 massacre of political prisoners.',
        'The event was organised by the Italian Committee for a Democratic Iran.',
        'Participants included Giulia Ferraro, a senator, and Omid Shafiei, a survivor.',
      ].join('\n\n'),
      { date: dayDate('2022-04-04', 'dateline'), dateline: 'Rome' },
    );
    expect(events.map((e) => [e.kind, e.date?.iso, e.venue, e.city, e.organisers])).toEqual([
      ['conference', '2022-04-02', 'Palazzo Valentini', 'Rome', ['Italian Committee for a Democratic Iran']],
      ['attack', '1988', 'political prisoners', undefined, []],
    ]);
    expect(events[1]!.label).toBe('Massacre of political prisoners');
  });

  it('GIVEN a Title Case headline left in the text THEN it makes no event and no city', () => {
    const events = eventsOf('Live: Thousands Rally in Hamburg Against Executions in Iran\n\nThe organisers expect a large crowd next week.');
    expect(events).toEqual([]);
  });

  it('GIVEN a march "organized by" a group with "Speakers included" two people THEN one demonstration with its organiser, end point and speakers', () => {
    const article = articleFromText(fixture('toronto-march.txt'), { date: dayDate('2020-01-15', 'dateline'), dateline: 'Toronto' });
    const x = extractArticle(nlp, article);
    expect(x.events).toHaveLength(1);
    const march = x.events[0]!;
    expect(march).toMatchObject({ kind: 'demonstration', city: 'Toronto', venue: 'Nathan Phillips Square', organisers: ['Association of Bereaved Families of Canada'] });
    expect(march.date?.iso).toBe('2020-01-12');
    expect(march.size?.text).toBe('Thousands of Iranian-Canadians');
    expect(names(x, march)).toEqual(['Dariush Kaveh', 'Laura Chen']);
  });

  it('GIVEN a summit named in capitals THEN its label is its name', () => {
    const events = eventsOf('The Free Iran World Summit 2021 was held online on July 10, 2021, bringing together more than 1,000 lawmakers from 105 countries.', { date: dayDate('2021-07-12') });
    expect(events.map((e) => [e.kind, e.label, e.date?.iso, e.size?.value])).toEqual([['conference', 'Free Iran World Summit 2021', '2021-07-10', 1000]]);
  });

  it('GIVEN "rallies in Leipzig, Dublin, Lisbon and Oslo on Saturday" and later paragraphs per city THEN one rally per city, each with its own details', () => {
    const events = eventsOf(
      [
        'Exiled Iranians held rallies in Leipzig, Dublin, Lisbon and Oslo on Saturday in support of the nationwide uprising in Iran.',
        'In Dublin, protesters gathered outside the Iranian embassy at Raglan’s Gate.',
        'In Leipzig, around 2,500 people marched from the Augustusplatz to the city hall.',
      ].join('\n\n'),
      { date: dayDate('2022-10-24') },
    );
    const rallies = events.filter((e) => e.kind === 'rally');
    expect(rallies.map((e) => [e.city, e.date?.iso, e.venue, e.size?.value])).toEqual([
      ['Leipzig', '2022-10-22', 'Augustusplatz', 2500],
      ['Dublin', '2022-10-22', 'the Iranian embassy', undefined],
      ['Lisbon', '2022-10-22', undefined, undefined],
      ['Oslo', '2022-10-22', undefined, undefined],
    ]);
    expect(events.filter((e) => e.kind === 'uprising').map((e) => e.country)).toEqual(['Iran']);
  });

  it('GIVEN "supporters of the opposition held a rally at the Place de la République" THEN the venue keeps its particles and no organiser is invented', () => {
    const events = eventsOf('On December 26, supporters of the opposition held a rally at the Place de la République. The rally was attended by several lawmakers.');
    expect(events.map((e) => [e.kind, e.date?.iso, e.venue, e.organisers])).toEqual([['rally', '--12-26', 'Place de la République', []]]);
  });

  it('GIVEN "information gathered by" and "rallied behind the plan" THEN no gathering or rally is made', () => {
    expect(eventsOf('Evidence gathered by the monitors was sent to the UN. European lawmakers rallied behind the plan.')).toEqual([]);
  });
});

