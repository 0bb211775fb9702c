import { describe, expect, it } from 'vitest';
import { buildInsights, insightsText, parseSinceDays } from '../../../src/insights/insights.ts';
import { contentKeys, isoWeek, questionGroup, suggestReport } from '../../../src/insights/question-group.ts';
import type { InsightsData } from '../../../src/store/types.ts';

describe('grouping unanswered questions', () => {
  it('GIVEN the same question in other words, order, case and accents THEN both fall in one group', () => {
    const a = questionGroup('how many attended the Oslo rally in 2031?');
    const b = questionGroup('2031 Oslo rally: how many people attended');
    expect(a).toEqual(b);
    expect(a.normalised).toBe('2031 attend oslo rally');
    expect(questionGroup('Who spoke at the rallies in Malmö?')).toEqual(questionGroup('who SPEAKS at the rally in malmo'));
  });

  it('GIVEN inflections and synonyms of one word family THEN the content keys are the same', () => {
    expect(contentKeys('Were protesters arrested in Porto?')).toEqual(contentKeys('porto: arrests of demonstrators'));
  });

  it('GIVEN questions about different places, years or deeds THEN they are different groups', () => {
    const oslo = questionGroup('how many attended the Oslo rally in 2031?');
    expect(questionGroup('how many attended the Oslo rally in 2030?').key).not.toBe(oslo.key);
    expect(questionGroup('how many attended the Bergen rally in 2031?').key).not.toBe(oslo.key);
    expect(questionGroup('who spoke at the Oslo rally in 2031?').key).not.toBe(oslo.key);
  });

  it('GIVEN a question of nothing but question words THEN it still has a group, by its folded text', () => {
    expect(questionGroup('What?').normalised).toBe('what');
  });
});

describe('suggesting the report that would answer a group', () => {
  it('GIVEN a year, a place and an event THEN suggests a report on that event', () => {
    expect(suggestReport('who spoke at the Stockholm rally in 2019?')).toBe('a report on the 2019 Stockholm rally');
    expect(suggestReport('2031 Oslo rally: how many people attended')).toBe('a report on the 2031 Oslo rally');
    expect(suggestReport('What happened at the sarin attack in April 2017?')).toBe('a report on the April 2017 sarin attack');
  });

  it('GIVEN no event word THEN suggests a report on the place or words asked about', () => {
    expect(suggestReport('who spoke in Reykjavik?')).toBe('a report on Reykjavik');
    expect(suggestReport('how many were arrested?')).toBe('a report covering "arrested"');
  });
});

describe('weeks and windows', () => {
  it('GIVEN dates around new year THEN gives the ISO week', () => {
    expect(isoWeek(new Date('2026-12-03T10:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2021-01-01T10:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
  });

  it('GIVEN --since values THEN reads days and weeks, and refuses anything else', () => {
    expect(parseSinceDays('30d')).toBe(30);
    expect(parseSinceDays('7')).toBe(7);
    expect(parseSinceDays('2w')).toBe(14);
    expect(parseSinceDays('0d')).toBeUndefined();
    expect(parseSinceDays('last month')).toBeUndefined();
  });

  it('GIVEN groups asked on several days THEN counts each window to the day, most asked first, and the answered share per week', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    const data: InsightsData = {
      groups: [
        { key: 'a', normalised: 'bergen vigil', questions: ['vigil in Bergen?'], suggestion: 'a report on the Bergen vigil', count: 3, firstSeen: '2026-11-01T10:00:00Z', lastSeen: '2026-12-03T10:00:00Z', guilds: ['g1'], version: 'v1', days: { '2026-11-01': 1, '2026-11-20': 1, '2026-12-03': 1 } },
        { key: 'b', normalised: '2031 attend oslo rally', questions: ['how many attended the Oslo rally in 2031?', '2031 Oslo rally: how many people attended'], suggestion: 'a report on the 2031 Oslo rally', count: 3, firstSeen: '2026-11-30T10:00:00Z', lastSeen: '2026-12-02T10:00:00Z', guilds: ['g1', 'console'], version: 'v2', days: { '2026-11-30': 2, '2026-12-02': 1 } },
      ],
      notRight: [],
      weeks: [
        { week: '2026-W40', asked: 9, answered: 9 },
        { week: '2026-W49', asked: 4, answered: 1 },
      ],
    };
    const r = buildInsights(data, { sinceDays: 30, keptDays: 90, now });
    expect(r.groups.map((g) => [g.normalised, g.count, g.last7Days, g.last30Days])).toEqual([
      ['2031 attend oslo rally', 3, 3, 3],
      ['bergen vigil', 2, 1, 2],
    ]);
    expect(r.weeks).toEqual([{ week: '2026-W49', asked: 4, answered: 1, share: 0.25 }]);
    const text = insightsText(r).join('\n');
    expect(text).toContain('1. 3 · 3 — "how many attended the Oslo rally in 2031?" (also asked as "2031 Oslo rally: how many people attended")');
    expect(text).toContain('would need: a report on the 2031 Oslo rally');
    expect(text).toContain('2026-W49: 1 of 4 answered (25 %)');
    expect(buildInsights(data, { sinceDays: 7, keptDays: 90, now }).groups.map((g) => g.count)).toEqual([3, 1]);
  });
});
