import { describe, expect, it } from 'vitest';
import { conflictAltText, conflictChartData, timelineAltText, timelineChartData } from '../../../src/charts/index.ts';
import type { EventRecord, Figure, FuzzyDate, Qualifier } from '../../../src/domain/types.ts';

const date = (iso: string, extra: Partial<FuzzyDate> = {}): FuzzyDate => {
  const [y, m, d] = iso.split('-').map(Number);
  const precision = d ? 'day' : m ? 'month' : 'year';
  return { year: y!, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}), precision, yearStated: true, iso, source: 'text', text: iso, ...extra };
};

let n = 0;
const event = (label: string, d?: FuzzyDate): EventRecord => ({
  id: `e${++n}`,
  kind: 'rally',
  label,
  ...(d ? { date: d } : {}),
  organisers: [],
  speakers: [],
  sources: [{ articleId: 'a', sentence: 0, start: 0, end: 1 }],
});

const figure = (text: string, qualifier: Qualifier, numbers: { value?: number; lower?: number; upper?: number }, claimant: string | undefined, asOf?: FuzzyDate): Figure => ({
  id: `f${++n}`,
  text,
  ...numbers,
  qualifier,
  measure: 'killed',
  counted: 'protesters',
  scope: 'the January protests',
  ...(claimant ? { claimant } : {}),
  ...(asOf ? { asOf } : {}),
  source: { articleId: 'a', sentence: 0, start: 0, end: 1 },
});

/** Events of the fixed timeline: two in March, one each in January and May, one with a month but no year, one undated. */
const EVENTS = [
  event('Vigil on the Korenmarkt, Ghent', date('2021-01-16')),
  event('Rally on the Marktplatz, Bremen', date('2021-03-06')),
  event('Conference at the University of Lyon', date('2021-03-20')),
  event('March through Tampere', date('2021-05-22')),
  event('Sit-in in Oslo', { precision: 'day', month: 12, day: 17, yearStated: false, iso: '--12-17', source: 'text', text: 'Friday, December 17', candidateYears: [2010, 2021] }),
  event('Meeting in Porto'),
];

describe('timeline chart data', () => {
  it('GIVEN a fixed set of events THEN the months, counts and labels are as recorded', () => {
    const data = timelineChartData(EVENTS, {});
    expect({ ...data, buckets: data.buckets.map((b) => `${b.label}: ${b.count}`) }).toMatchInlineSnapshot(`
      {
        "buckets": [
          "Jan 2021: 1",
          "Feb 2021: 0",
          "Mar 2021: 2",
          "Apr 2021: 0",
          "May 2021: 1",
          "Jun 2021: 0",
          "Jul 2021: 0",
          "Aug 2021: 0",
          "Sep 2021: 0",
          "Oct 2021: 0",
          "Nov 2021: 0",
          "Dec 2021: 1",
        ],
        "highlights": [
          {
            "index": 0,
            "text": "Vigil on the Korenmarkt, Ghent",
          },
          {
            "index": 2,
            "text": "2 events",
          },
          {
            "index": 4,
            "text": "March through Tampere",
          },
        ],
        "placed": 5,
        "subtitle": "5 events drawn; 1 without a known month listed below, not drawn",
        "title": "Events per month, Jan 2021 – Dec 2021",
        "unit": "month",
        "unplaced": 1,
      }
    `);
  });

  it('GIVEN a range asked THEN every month of it has a bar, empty months included', () => {
    const data = timelineChartData(EVENTS.slice(0, 4), { from: '2020-11-01', to: '2021-06-30' });
    expect(data.buckets.map((b) => b.key)).toEqual(['2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06']);
    expect(data.title).toBe('Events per month, Nov 2020 – Jun 2021');
  });

  it('GIVEN events over years THEN bars are per quarter, then per year, and a year alone counts only in a yearly bar', () => {
    const quarterly = timelineChartData([event('a', date('2019-02-01')), event('b', date('2022-11-01'))], {});
    expect(quarterly.unit).toBe('quarter');
    expect(quarterly.buckets[0]?.label).toBe('Q1 2019');
    const yearly = timelineChartData([event('a', date('1982-02-08')), event('b', date('2020-02-11')), event('c', date('2020'))], {});
    expect(yearly.unit).toBe('year');
    expect(yearly.buckets.find((b) => b.key === '2020')?.count).toBe(2);
    expect(yearly.placed).toBe(3);
  });

  it('GIVEN a range far wider than the events THEN the bars keep to the span of the events', () => {
    const data = timelineChartData(EVENTS.slice(0, 4), { from: '1900-01-01', to: '2099-12-31' });
    expect(data.buckets[0]?.key).toBe('2021-01');
    expect(data.buckets[data.buckets.length - 1]?.key).toBe('2021-05');
  });

  it('GIVEN no event with a known month THEN nothing is drawn and every event is left to the list', () => {
    const data = timelineChartData([event('Meeting in Porto')], {});
    expect(data.placed).toBe(0);
    expect(data.unplaced).toBe(1);
    expect(data.buckets).toEqual([]);
  });

  it('GIVEN the chart THEN the alt text names the span and the busiest months within 1,024 characters', () => {
    const alt = timelineAltText(timelineChartData(EVENTS, {}));
    expect(alt).toContain('Busiest: Mar 2021 (2 events)');
    const many = timelineChartData(Array.from({ length: 300 }, (_, i) => event(`Rally number ${i} with a long label`, date(`2021-${String((i % 12) + 1).padStart(2, '0')}-01`))), {});
    expect(timelineAltText(many).length).toBeLessThanOrEqual(1024);
  });
});

/** A fixed disagreement: an exact value, an "at least", a stated range, an "at most", and a vague claim without a number. */
const CLAIMS = [
  figure('85', 'exact', { value: 85 }, "Committee of Victims' Families", date('2021-03-20')),
  figure('at least 120', 'at-least', { value: 120, lower: 120 }, 'Iran Rights Watch', date('2021-03-06')),
  figure('between 90 and 140', 'about', { lower: 90, upper: 140 }, 'Harbour Gazette', date('2021-02')),
  figure('no more than 60', 'at-most', { value: 60, upper: 60 }, undefined, date('2021-01-30')),
  figure('dozens', 'vague', {}, 'Atlantic Courier', date('2021-04-02')),
];

describe('conflict chart data', () => {
  it('GIVEN a fixed disagreement THEN each claim, its shape and its label are as recorded', () => {
    const data = conflictChartData({ measure: 'killed', scope: 'the January protests', figures: CLAIMS });
    expect(data).toMatchInlineSnapshot(`
      {
        "bars": [
          {
            "claimant": "claimant not stated",
            "date": "Jan 30, 2021",
            "high": 60,
            "label": [
              "claimant not stated",
              "Jan 30, 2021 · at most",
            ],
            "low": 0,
            "marker": "at most",
            "shape": "at-most",
            "text": "no more than 60",
          },
          {
            "claimant": "Harbour Gazette",
            "date": "Feb 2021",
            "high": 140,
            "label": [
              "Harbour Gazette",
              "Feb 2021 · about",
            ],
            "low": 90,
            "marker": "about",
            "shape": "range",
            "text": "between 90 and 140",
          },
          {
            "claimant": "Iran Rights Watch",
            "date": "Mar 6, 2021",
            "high": 120,
            "label": [
              "Iran Rights Watch",
              "Mar 6, 2021 · at least",
            ],
            "low": 0,
            "marker": "at least",
            "shape": "at-least",
            "text": "at least 120",
          },
          {
            "claimant": "Committee of Victims' Families",
            "date": "Mar 20, 2021",
            "high": 85,
            "label": [
              "Committee of Victims' Families",
              "Mar 20, 2021",
            ],
            "low": 0,
            "shape": "value",
            "text": "85",
          },
        ],
        "subtitle": "4 claims (protesters) by claimant and date; 1 without a number not drawn",
        "title": "Disagreeing figures: killed — the January protests",
        "withoutNumber": 1,
      }
    `);
  });

  it('GIVEN a claim without its own date THEN the date of its report labels it', () => {
    const undated = figure('40', 'exact', { value: 40 }, 'Coalition for Iranian Rights');
    const data = conflictChartData({ measure: 'killed', figures: [undated], dateOf: (f) => f.asOf ?? date('2021-04-03') });
    expect(data.bars[0]?.label).toEqual(['Coalition for Iranian Rights', 'Apr 3, 2021']);
  });

  it('GIVEN the chart THEN the alt text lists every claim with claimant and date within 1,024 characters', () => {
    const alt = conflictAltText(conflictChartData({ measure: 'killed', figures: CLAIMS }));
    expect(alt).toContain('Iran Rights Watch, Mar 6, 2021: at least 120');
    const many = Array.from({ length: 60 }, (_, i) => figure(`${i + 1}`, 'exact', { value: i + 1 }, `A claimant with a rather long name number ${i}`, date('2021-03-01')));
    expect(conflictAltText(conflictChartData({ measure: 'killed', figures: many })).length).toBeLessThanOrEqual(1024);
  });
});
