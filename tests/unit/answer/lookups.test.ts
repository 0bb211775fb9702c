import { describe, expect, it } from 'vitest';
import { figuresFor, findArticles, findEvents, findSpeakers, quotesBy, suggestCompletions, timeline } from '../../../src/answer/lookups.ts';
import { answerArchive } from '../../fixtures/answer/archive.ts';

const index = answerArchive();

describe('lookups: speakers', () => {
  it('GIVEN an exact name, a prefix, a surname and a typo THEN the speaker is found first', () => {
    expect(findSpeakers(index, 'Sarah Holm')[0]?.id).toBe('sarah-holm');
    expect(findSpeakers(index, 'sarah')[0]?.id).toBe('sarah-holm');
    expect(findSpeakers(index, 'oudjani')[0]?.id).toBe('karim-oudjani');
    expect(findSpeakers(index, 'Marchetti Rou')[0]?.id).toBe('helene-marchetti-roux');
    expect(findSpeakers(index, 'Oudjanni')[0]?.id).toBe('karim-oudjani');
  });

  it('GIVEN a name without accents THEN the accented speaker is found', () => {
    expect(findSpeakers(index, 'helene')[0]?.name).toBe('Hélène Marchetti-Roux');
  });

  it('GIVEN nothing that resembles a speaker THEN the list is empty', () => {
    expect(findSpeakers(index, 'zzzz qqqq')).toEqual([]);
  });
});

describe('lookups: events, articles, completions', () => {
  it('GIVEN a venue word THEN both rallies there are found, earliest first', () => {
    expect(findEvents(index, 'bellecour').map((e) => e.id)).toEqual(['lyon-a:e0', 'lyon-b:e0']);
  });

  it('GIVEN a venue and a date THEN only the rally that day is found', () => {
    expect(findEvents(index, 'Bellecour March 27, 2021').map((e) => e.id)).toEqual(['lyon-b:e0']);
  });

  it('GIVEN a name THEN the articles that mention it are found', () => {
    expect(findArticles(index, 'Sarah Holm').map((a) => a.id)).toEqual(['ariha']);
  });

  it('GIVEN a typed prefix THEN completions offer matching speakers and places', () => {
    expect(suggestCompletions(index, 'speaker', 'sar')).toContain('Sarah Holm');
    expect(suggestCompletions(index, 'place', 'bell')).toContain('Place Bellecour');
  });
});

describe('lookups: figures, quotes, timeline', () => {
  it('GIVEN a measure THEN every figure of it is returned with the conflicts between them', () => {
    const { figures, conflicts } = figuresFor(index, 'killed');
    expect(figures.map((f) => f.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([45, 320, 750]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.figureIds.sort()).toEqual(['tally-a:f0', 'tally-b:f0']);
  });

  it('GIVEN a measure and an event query THEN only the figures about that event are returned', () => {
    const { figures, conflicts } = figuresFor(index, 'killed', 'Ariha shelling');
    expect(figures.map((f) => f.value)).toEqual([45]);
    expect(conflicts).toEqual([]);
  });

  it('GIVEN a speaker and a topic THEN only their quotes on it are returned', () => {
    expect(quotesBy(index, 'Holm', 'markets').quotes).toHaveLength(1);
    expect(quotesBy(index, 'Holm', 'elections').quotes).toHaveLength(0);
    expect(quotesBy(index, 'Nobody Known').speaker).toBeUndefined();
  });

  it('GIVEN events with and without a stated year THEN the timeline is in date order with the year-less vigil placed by its weekday years', () => {
    const ids = timeline(index, {}).map((e) => e.id);
    expect(ids.indexOf('lyon-a:e0')).toBeLessThan(ids.indexOf('lyon-b:e0'));
    expect(ids.indexOf('lyon-b:e0')).toBeLessThan(ids.indexOf('oslo:e0'));
    expect(ids.slice(-2).sort()).toEqual(['ariha:e0', 'hamburg:e0']);
  });

  it('GIVEN a place and a range THEN the timeline keeps only those events', () => {
    expect(timeline(index, { place: 'Lyon', from: '2021-03-20', to: '2021-03-31' }).map((e) => e.id)).toEqual(['lyon-b:e0']);
    expect(timeline(index, { place: 'Oslo' }).map((e) => e.id)).toEqual(['oslo:e0']);
  });
});

describe('lookups: dates of a sentence, found once', () => {
  it('GIVEN every sentence of the fixture THEN its dates are those findDates reads, against the report’s date or alone', async () => {
    const { sentenceDates } = await import('../../../src/answer/lookups.ts');
    const { findDates } = await import('../../../src/dates/index.ts');
    for (const a of index.data.articles) {
      const ref = a.date.precision !== 'unknown' ? a.date : undefined;
      index.sentencesOf(a.id).forEach((s, i) => {
        expect(sentenceDates(index, a.id, i, true)).toEqual(findDates(s.text, ref));
        expect(sentenceDates(index, a.id, i, false)).toEqual(findDates(s.text));
        // Asked again: the same list.
        expect(sentenceDates(index, a.id, i, true)).toBe(sentenceDates(index, a.id, i, true));
      });
    }
    expect(sentenceDates(index, 'no-such-report', 0, true)).toEqual([]);
  });
});
