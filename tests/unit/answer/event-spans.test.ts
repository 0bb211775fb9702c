import { describe, expect, it } from 'vitest';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import type { DateRange, EventRecord, FuzzyDate } from '../../../src/domain/types.ts';
import { eventsPossiblyIn, rankEvents } from '../../../src/answer/event-match.ts';
import { dateMatchesRange } from '../../../src/understand/question-dates.ts';
import { answerArchive } from '../../fixtures/answer/archive.ts';

const date = (iso: string, extra: Partial<FuzzyDate> = {}): FuzzyDate => {
  const [y, m, d] = iso.startsWith('--') ? [undefined, ...iso.slice(2).split('-').map(Number)] : iso.split('-').map(Number);
  const precision = d ? 'day' : m ? 'month' : y ? 'year' : 'unknown';
  return { ...(y ? { year: y } : {}), ...(m ? { month: m } : {}), ...(d ? { day: d } : {}), precision, yearStated: !!y, iso, source: 'stated', text: iso, ...extra } as FuzzyDate;
};

const event = (id: string, d?: FuzzyDate): EventRecord =>
  ({ id, kind: 'rally', label: `rally ${id}`, city: 'Paris', speakers: [], sources: [], ...(d ? { date: d } : {}) }) as unknown as EventRecord;

/** A stand-in index holding only events: the span index reads nothing else. */
const events = [
  event('a', date('2019-12-26')),
  event('b', date('2019-12')),
  event('c', date('2020-01-01')),
  event('d'),
  event('e', date('--12-17', { candidateYears: [2016, 2022] })),
  event('f', date('2019')),
  event('g', date('2018-02-28')),
  event('h', { ...date('2019-01-05'), precision: 'unknown', iso: '' }),
  event('i', date('2021-03')),
  event('j', date('2019-12-31')),
  event('k', date('0999-12-26')),
  event('l', date('2020-02')),
];
const fake = { data: { events } } as unknown as ArchiveIndex;

const ranges: DateRange[] = [
  { from: '2019-12-26', to: '2019-12-26', text: 'December 26, 2019' },
  { from: '2019-12-01', to: '2019-12-31', text: 'December 2019' },
  { from: '2019-12-24', to: '2020-01-02', text: 'between December 24, 2019 and January 2, 2020' },
  { from: '2018-01-01', to: '2018-12-31', text: '2018' },
  { from: '2021-03-15', to: '2021-03-15', text: 'March 15, 2021' },
  { from: '1990-01-01', to: '1990-12-31', text: '1990' },
  { from: '2016-12-17', to: '2016-12-17', text: 'December 17, 2016' },
  { from: '2020-02-29', to: '2020-03-01', text: 'February 29 to March 1, 2020' },
  { from: '0999-12-26', to: '0999-12-26', text: 'December 26, 999' },
];

describe('event spans: the events a dated question can be about', () => {
  it('GIVEN ranges with a year THEN every event dated inside is kept, and every event left out is dated outside', () => {
    for (const r of ranges) {
      const kept = new Set(eventsPossiblyIn(fake, r));
      events.forEach((e, at) => {
        if (dateMatchesRange(e.date, r)) expect(kept.has(at), `${e.id} in ${r.text}`).toBe(true);
        if (!kept.has(at)) expect(e.date && e.date.precision !== 'unknown' && !dateMatchesRange(e.date, r), `${e.id} left out of ${r.text}`).toBe(true);
      });
    }
  });

  it('GIVEN an undated event or a day without a year THEN it is always looked at (its report may date it)', () => {
    const kept = [...(eventsPossiblyIn(fake, ranges[5]!) ?? [])].map((at) => events[at]!.id);
    expect(kept).toEqual(['d', 'e', 'h', 'k']);
  });

  it('GIVEN a range THEN positions come in archive order', () => {
    const kept = [...(eventsPossiblyIn(fake, ranges[2]!) ?? [])];
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(kept.map((at) => events[at]!.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'h', 'j', 'k']);
  });

  it('GIVEN a range without a year THEN the undated events and those dated in its months are looked at, none it holds left out', () => {
    const r: DateRange = { from: '--12-17', to: '--12-17', text: 'December 17' };
    const kept = [...(eventsPossiblyIn(fake, r) ?? [])];
    expect(kept.map((at) => events[at]!.id)).toEqual(['a', 'b', 'd', 'e', 'h', 'j', 'k']);
    events.forEach((e, at) => {
      if (!kept.includes(at)) expect(e.date && e.date.precision !== 'unknown' && !dateMatchesRange(e.date, r), `${e.id} left out of ${r.text}`).toBe(true);
    });
    // (A period whose months cannot be read narrows nothing.)
    expect(eventsPossiblyIn(fake, { from: '--13-01', to: '--13-02', text: '?' })).toBeUndefined();
  });

  it('GIVEN the answer fixture THEN ranking with a day and month but no year ranks every event of that day, and none dated on another', () => {
    const index = answerArchive();
    for (const e of index.data.events) {
      if (!e.date || e.date.precision !== 'day' || !e.date.month || !e.date.day) continue;
      const md = `--${String(e.date.month).padStart(2, '0')}-${String(e.date.day).padStart(2, '0')}`;
      const r: DateRange = { from: md, to: md, text: md };
      const ranked = rankEvents(index, { range: r, places: e.city ? [e.city] : [] }).map((x) => x.event.id);
      expect(ranked).toContain(e.id);
      for (const id of ranked) {
        const other = index.event(id)!;
        if (other.date && other.date.precision !== 'unknown') expect(dateMatchesRange(other.date, r)).toBe(true);
      }
    }
  });

  it('GIVEN the answer fixture THEN ranking with a date ranks the same events as ranking without it, less those dated outside', () => {
    const index = answerArchive();
    for (const e of index.data.events) {
      if (!e.date || e.date.precision !== 'day') continue;
      const r: DateRange = { from: e.date.iso, to: e.date.iso, text: e.date.text };
      const ranked = rankEvents(index, { range: r, places: e.city ? [e.city] : [] }).map((x) => x.event.id);
      expect(ranked).toContain(e.id);
      for (const id of ranked) {
        const other = index.event(id)!;
        if (other.date && other.date.precision !== 'unknown') expect(dateMatchesRange(other.date, r)).toBe(true);
      }
    }
  });
});

describe('place conflicts tested for many events at once', () => {
  it('GIVEN the answer fixture and each place it knows THEN every event conflicts exactly when placeConflict says so', async () => {
    const { placeConflict, placeConflictWith } = await import('../../../src/answer/event-match.ts');
    const index = answerArchive();
    const places = [...new Set(index.data.events.flatMap((e) => [e.city, e.venue, e.country].filter((x): x is string => !!x)))];
    places.push('Atlantis');
    for (const set of [...places.map((p) => [p]), places.slice(0, 2), []]) {
      const test = placeConflictWith(index, set);
      for (const e of index.data.events) expect(test(e), `${e.id} vs ${set.join(', ')}`).toBe(placeConflict(index, e, set));
      // Asked again, the kept answers are the same.
      for (const e of index.data.events) expect(test(e)).toBe(placeConflict(index, e, set));
    }
  });
});

describe('event stem postings: overlaps counted for every event at once', () => {
  it('GIVEN stems as written, typed with a typo, repeated or unknown THEN each event counts what overlap counts on its own texts', async () => {
    const { eventStemCounts } = await import('../../../src/answer/event-match.ts');
    const { eventText, overlap, StemSet } = await import('../../../src/answer/evidence.ts');
    const { contentStems } = await import('../../../src/understand/text.ts');
    const index = answerArchive();
    const words = [...new Set(index.data.events.flatMap((e) => contentStems(eventText(index, e))))];
    const typo = (w: string) => (w.length >= 6 ? `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}` : w);
    const asks = [words.slice(0, 5), words.slice(5, 12).map(typo), [words[0]!, words[0]!], ['zzzzqqq', 'x1'], words.filter((w) => w.length >= 5).slice(0, 4).map((w) => `${w}x`)];
    for (const stems of asks) {
      const text = eventStemCounts(index, 'text', stems);
      const label = eventStemCounts(index, 'label', stems);
      index.data.events.forEach((e, at) => {
        expect(text[at], `${e.id} text ${stems.join(' ')}`).toBe(overlap(stems, new StemSet(eventText(index, e))));
        expect(label[at], `${e.id} label ${stems.join(' ')}`).toBe(overlap(stems, new StemSet(e.label)));
      });
    }
  });
});
