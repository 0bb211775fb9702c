import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EventRecord } from '../../../src/domain/types.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { seedArticles } from './events-seeds.ts';

const nlp = createNlp();
const seeds = seedArticles();
const extracted: Record<string, ArticleExtraction> = Object.fromEntries(Object.entries(seeds).map(([k, a]) => [k, extractArticle(nlp, a)]));

function summary(e: EventRecord): Record<string, unknown> {
  return {
    kind: e.kind,
    date: e.date?.iso,
    venue: e.venue,
    city: e.city,
    organisers: e.organisers,
    size: e.size?.text,
  };
}

function speakersOf(x: ArticleExtraction, e: EventRecord): string[] {
  return e.speakers.map((id) => x.speakers.find((s) => s.id === id)?.name ?? id).sort();
}

describe('events in the seed articles', () => {
  it('GIVEN the Aleppo embassy rally datelined "London, 19 Dec" with no year THEN dates it December 17, year not stated, candidates 2011/2016/2022', () => {
    const x = extracted.s000!;
    expect(x.events.map(summary)).toEqual([
      {
        kind: 'rally',
        date: '--12-17',
        venue: 'the Iranian regime’s embassy',
        city: 'Paris',
        organisers: ['Syrian Revolution Coordination'],
        size: 'Hundreds of Syrian people',
      },
    ]);
    const rally = x.events[0]!;
    expect(rally.date).toMatchObject({ month: 12, day: 17, precision: 'day', yearStated: false, candidateYears: [2011, 2016, 2022], weekday: 'Saturday' });
    expect(rally.date?.year).toBeUndefined();
    expect(rally.label).toBe('Rally in front of the Iranian regime’s embassy, Paris');
    expect(rally.purpose).toMatch(/^protest of the crimes against humanity .* civilians of Aleppo$/);
    expect(speakersOf(x, rally)).toEqual(['Afshin Alavi', 'Ahmed Drickznla', 'Helen Fathpour', 'Maryam Rajavi', 'Neda Zanjani', 'Wan Mahmood Ghobash']);
  });

  it('GIVEN "on Tuesday, February 11" in an article dated February 12, 2020 THEN the National Assembly rally is 2020-02-11, and the past attack and uprisings are their own events', () => {
    const x = extracted.s001!;
    expect(x.events.map(summary)).toEqual([
      { kind: 'rally', date: '2020-02-11', venue: 'French National Assembly', city: 'Paris', organisers: ['PMOI/MEK supporters'], size: undefined },
      { kind: 'uprising', date: '2019-11', venue: undefined, city: undefined, organisers: [], size: undefined },
      { kind: 'attack', date: '1982-02-08', venue: 'a home', city: 'Tehran', organisers: [], size: undefined },
      { kind: 'uprising', date: '2020-01', venue: undefined, city: undefined, organisers: [], size: undefined },
    ]);
    const [rally, nov, attack] = x.events;
    expect(rally!.label).toBe('Rally outside the French National Assembly, Paris');
    expect(rally!.purpose).toBe('to mark the 1979 revolution anniversary');
    expect(rally!.date).toMatchObject({ yearStated: true, precision: 'day' });
    expect(nov!.label).toBe('November 2019 uprising');
    expect(nov!.date?.precision).toBe('month');
    expect(attack!.label).toBe('Attack on a home, Tehran');
    // The NCRI President is only named in a call the demonstrators supported: she did not speak there.
    expect(rally!.speakers).toEqual([]);
  });

  it('GIVEN an undated article with a dated caption and tweet THEN the Trocadero Square rally takes the caption date and the uprising began November 15, 2019', () => {
    const x = extracted.s002!;
    expect(x.events.map(summary)).toEqual([
      { kind: 'rally', date: '2019-12-02', venue: 'Trocadero Square', city: 'Paris', organisers: ['PMOI/MEK supporters', 'NCRI supporters'], size: undefined },
      { kind: 'uprising', date: '2019-11-15', venue: undefined, city: undefined, organisers: [], size: undefined },
    ]);
    const [rally, uprising] = x.events;
    expect(rally!.label).toBe('Rally at Trocadero Square, Paris');
    expect(rally!.purpose).toBe('in support of the Iran Protests');
    expect(uprising!.country).toBe('Iran');
    expect(speakersOf(x, rally!)).toEqual(['Jacques Boutault', 'Jean-Francois Legaret', 'Maryam Rajavi', 'Michèle de Vaucouleurs']);
  });

  it('GIVEN "rallied on Thursday" twice in an article dated 28 December 2019 THEN one Trocadero rally on 2019-12-26', () => {
    const x = extracted.s003!;
    expect(x.events.map(summary)).toEqual([
      { kind: 'uprising', date: '2019-11', venue: undefined, city: undefined, organisers: [], size: undefined },
      { kind: 'rally', date: '2019-12-26', venue: 'Place de Trocadero', city: 'Paris', organisers: ['NCRI supporters'], size: 'Hundreds of supporters' },
    ]);
    const rally = x.events[1]!;
    expect(rally.date).toMatchObject({ year: 2019, month: 12, day: 26, precision: 'day' });
    expect(rally.sources.length).toBeGreaterThanOrEqual(2);
    expect(rally.purpose).toMatch(/^in solidarity with the Iran protests and to condemn the crimes against humanity/);
    expect(speakersOf(x, rally)).toEqual(['Jean-Pierre Michel']);
    expect(x.events[0]!.label).toBe('November 2019 uprising in Iran');
  });

  it('GIVEN a bombardment report whose only date was a crawl date THEN the Damascus-suburb bombardment has no date at all', () => {
    const x = extracted.s004!;
    expect(x.events.map(summary)).toEqual([
      { kind: 'bombardment', date: undefined, venue: 'a rebel-held Damascus suburb', city: 'Damascus', organisers: [], size: undefined },
    ]);
    expect(x.events[0]!.label).toBe('Bombardment of a rebel-held Damascus suburb');
    expect(x.events[0]!.speakers).toEqual([]);
  });

  it('GIVEN the raw bombardment page with its crawl-date header listed as ignored THEN no event date comes from it', () => {
    const raw = seeds.s004!;
    const header = 'Wednesday, July 17, 2024';
    const withHeader = { ...raw, text: `${header}\n\n${raw.text}`, paragraphs: [{ start: 0, end: header.length }, ...raw.paragraphs.map((p) => ({ start: p.start + header.length + 2, end: p.end + header.length + 2 }))], ignoredDates: [{ text: header, reason: 'page header' }] };
    const x = extractArticle(nlp, withHeader);
    expect(x.events.map((e) => e.date?.iso)).toEqual([undefined]);
  });

  it('GIVEN any seed THEN event ids are prefixed with the article id and every event cites sentences of its article', () => {
    for (const [k, x] of Object.entries(extracted)) {
      for (const e of x.events) {
        expect(e.id.startsWith(`${seeds[k as keyof typeof seeds].id}:e`)).toBe(true);
        for (const s of e.sources) expect(x.sentences[s.sentence]?.start).toBe(s.start);
      }
    }
  });
});
