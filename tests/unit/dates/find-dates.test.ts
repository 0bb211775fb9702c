import { describe, expect, it } from 'vitest';
import { candidateYearsFromText, compareDates, dateInRange, findDates, formatDate, weekdayOf } from '../../../src/dates/index.ts';
import type { FuzzyDate } from '../../../src/domain/types.ts';

function one(text: string, ref?: FuzzyDate) {
  const found = findDates(text, ref);
  expect(found).toHaveLength(1);
  const f = found[0]!;
  return { ...f.date, span: text.slice(f.start, f.end) };
}

function dateOf(text: string): FuzzyDate {
  return one(text);
}

describe('findDates: absolute dates', () => {
  it.each([
    ['Published December 2, 2019 in Paris', '2019-12-02', 'December 2, 2019'],
    ['the caption read Dec 2, 2019', '2019-12-02', 'Dec 2, 2019'],
    ['Written by a reporter on 28 December 2019 .', '2019-12-28', '28 December 2019'],
    ['DECEMBER 28, 2019:', '2019-12-28', 'DECEMBER 28, 2019'],
    ['filed 2019-12-28 by the desk', '2019-12-28', '2019-12-28'],
    ['an attack on their home back on February 8, 1982.', '1982-02-08', 'February 8, 1982'],
    ['the 3rd of March 2021 was cold', '2021-03-03', '3rd of March 2021'],
    ['posted 5-January-2031 in the news section', '2031-01-05', '5-January-2031'],
    ['27-Oct-2031', '2031-10-27', '27-Oct-2031'],
  ])('GIVEN "%s" THEN reads the day %s from the words "%s"', (text, iso, span) => {
    const d = one(text);
    expect(d.iso).toBe(iso);
    expect(d.precision).toBe('day');
    expect(d.yearStated).toBe(true);
    expect(d.span).toBe(span);
  });

  it('GIVEN "the November 2019 uprising" THEN the date has month precision', () => {
    const d = one('Following the November 2019 uprising');
    expect(d).toMatchObject({ iso: '2019-11', precision: 'month', year: 2019, month: 11 });
  });

  it('GIVEN "adopted in 1948" THEN the date has year precision', () => {
    expect(one('the UN adopted the Declaration in 1948.')).toMatchObject({ iso: '1948', precision: 'year' });
  });

  it('GIVEN counts like "over 1,500", "over 1500 protesters", "Day 44", "in 2000 cities" THEN finds no date', () => {
    expect(findDates('Over 1,500 protesters were killed; over 1500 protesters died on Day 44 of protests in 2000 cities, 191 cities in all.')).toEqual([]);
  });

  it('GIVEN "in 2000 people" or "of 2020 women" THEN the number is a count, not a year', () => {
    expect(findDates('a crowd of 2020 women and in 2000 people')).toEqual([]);
  });

  it('GIVEN "between 1980 and 1983" and "the 2019 uprising" THEN the years are read', () => {
    expect(findDates('between 1980 and 1983 the regime tried').map((f) => f.date.iso)).toEqual(['1980']);
    expect(one('after the 2019 uprising ended').iso).toBe('2019');
  });

  it('GIVEN "the November 2019 and January 2020 uprisings" THEN both months are read', () => {
    expect(findDates('during the November 2019 and January 2020 uprisings').map((f) => f.date.iso)).toEqual(['2019-11', '2020-01']);
  });

  it('GIVEN verbs "may" and "march" in lower case THEN they are not months', () => {
    expect(findDates('They may march 12 miles if they must.')).toEqual([]);
  });

  it('GIVEN the source argument THEN every found date carries it', () => {
    expect(findDates('Paris, February 12, 2020—', undefined, 'dateline')[0]!.date.source).toBe('dateline');
    expect(findDates('Paris, February 12, 2020—')[0]!.date.source).toBe('text');
  });
});

describe('findDates: weekdays against a reference date', () => {
  const feb12 = dateOf('February 12, 2020');
  const dec28 = dateOf('28 December 2019');

  it('GIVEN "on Tuesday, February 11" in an article of February 12, 2020 THEN it is 2020-02-11 and the weekday agrees', () => {
    const d = one('rallied in Paris on Tuesday, February 11, to mark the anniversary', feb12);
    expect(d).toMatchObject({ iso: '2020-02-11', precision: 'day', weekday: 'Tuesday' });
    expect(weekdayOf(2020, 2, 11)).toBe(2);
  });

  it('GIVEN "rallied on Thursday" in an article of Saturday 28 December 2019 THEN it is Thursday 2019-12-26', () => {
    expect(one('supporters rallied on Thursday at the square', dec28)).toMatchObject({ iso: '2019-12-26', weekday: 'Thursday' });
  });

  it('GIVEN a weekday equal to the reference weekday THEN it is the reference day itself', () => {
    expect(one('crowds gathered on Saturday', dec28).iso).toBe('2019-12-28');
  });

  it('GIVEN "last Saturday" on a Saturday THEN it is a week earlier', () => {
    expect(one('crowds gathered last Saturday', dec28).iso).toBe('2019-12-21');
  });

  it('GIVEN a weekday alone and no day-precise reference THEN no date is guessed', () => {
    expect(findDates('supporters rallied on Thursday')).toEqual([]);
    expect(findDates('supporters rallied on Thursday', dateOf('November 2019'))).toEqual([]);
    expect(findDates('supporters rallied on Thursday', dateOf('19 Dec'))).toEqual([]);
  });

  it('GIVEN "next Monday" or "every Friday" THEN no past date is invented', () => {
    expect(findDates('they will return next Monday and meet every Friday', dec28)).toEqual([]);
  });

  it('GIVEN a weekday that fits the previous year but not the reference year THEN the previous year is taken', () => {
    // 5 January 2020 is a Sunday; in 2019 it was a Saturday. Article dated 10 January 2020.
    const d = one('On Saturday, January 5 the families gathered', dateOf('January 10, 2020'));
    expect(d).toMatchObject({ iso: '2019-01-05', yearStated: true });
  });

  it('GIVEN a weekday that fits neither the reference year nor the one before THEN the year is left unstated with candidates', () => {
    // 11 February is a Tuesday in 2020 and a Monday in 2019; "Friday" fits neither.
    const d = one('on Friday, February 11 the crowd grew', feb12);
    expect(d.yearStated).toBe(false);
    expect(d.year).toBeUndefined();
    expect(d.iso).toBe('--02-11');
    for (const y of d.candidateYears ?? []) expect(weekdayOf(y, 2, 11)).toBe(5);
    expect(d.candidateYears).toContain(2022);
  });

  it('GIVEN a day and month without weekday after the reference day THEN it is the previous year', () => {
    expect(one('the vigil of December 30 was remembered', dateOf('January 3, 2020')).iso).toBe('2019-12-30');
  });

  it('GIVEN "since November 15" with a reference in December 2019 THEN it is 2019-11-15', () => {
    expect(one('protests that have shaken Iran since November 15.', dec28).iso).toBe('2019-11-15');
  });

  it('GIVEN "in November" with a reference in December 2019 THEN it is November 2019 at month precision', () => {
    expect(one('the uprising in November showed', dec28)).toMatchObject({ iso: '2019-11', precision: 'month' });
  });

  it('GIVEN a month name alone without any reference year THEN no date is given', () => {
    expect(findDates('the uprising in November showed')).toEqual([]);
  });
});

describe('findDates: no year anywhere', () => {
  it('GIVEN "On Saturday, December 17" with a yearless reference "19 Dec" THEN day and month are kept with the weekday-consistent years', () => {
    const ref = dateOf('London, 19 Dec');
    expect(ref).toMatchObject({ iso: '--12-19', yearStated: false, precision: 'day' });
    const d = one('On Saturday, December 17 a rally was held', ref);
    expect(d).toMatchObject({ month: 12, day: 17, yearStated: false, precision: 'day', iso: '--12-17', candidateYears: [2011, 2016, 2022] });
    expect(d.year).toBeUndefined();
    for (const y of d.candidateYears!) expect(weekdayOf(y, 12, 17)).toBe(6);
  });

  it('GIVEN a day and month without weekday nor reference THEN no candidate years are listed', () => {
    const d = one('the meeting of 4 June was postponed');
    expect(d).toMatchObject({ iso: '--06-04', yearStated: false });
    expect(d.candidateYears).toBeUndefined();
  });
});

describe('findDates: ranges', () => {
  it('GIVEN "From December 24 to December 26, 2019" THEN the year carries to the first day', () => {
    const found = findDates('From December 24 to December 26, 2019, defiant youths torched pictures');
    expect(found.map((f) => f.date.iso)).toEqual(['2019-12-24', '2019-12-26']);
  });

  it('GIVEN "March 3-5, 2021" THEN both days are found with the year', () => {
    const text = 'sit-ins on March 3-5, 2021 in three cities';
    const found = findDates(text);
    expect(found.map((f) => f.date.iso)).toEqual(['2021-03-03', '2021-03-05']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('March 3');
  });
});

describe('findDates: more ranges and periods', () => {
  it('GIVEN "11-12 February 2020" THEN both days carry month and year', () => {
    expect(findDates('talks held on 11-12 February 2020 in Brussels').map((f) => f.date.iso)).toEqual(['2020-02-11', '2020-02-12']);
  });

  it('GIVEN "mid-November" and "mid-2019" THEN month and year precision dates', () => {
    const dec28 = findDates('28 December 2019')[0]!.date;
    expect(findDates('protests since mid-November', dec28).map((f) => f.date.iso)).toEqual(['2019-11']);
    expect(findDates('talks stalled in mid-2019').map((f) => f.date.iso)).toEqual(['2019']);
  });

  it('GIVEN "the 1980s" THEN no year is read from the decade', () => {
    expect(findDates('since the 1980s the regime has')).toEqual([]);
  });
});

describe('formatDate and dateInRange', () => {
  it('GIVEN dates of each precision THEN formats them as a reader writes them', () => {
    expect(formatDate(dateOf('2019-12-26'))).toBe('December 26, 2019');
    expect(formatDate(dateOf('November 2019'))).toBe('November 2019');
    expect(formatDate(dateOf('in 2019'))).toBe('2019');
    expect(formatDate(dateOf('On Saturday, December 17'))).toBe('December 17 (year not stated; the weekday fits 2011, 2016 or 2022)');
    expect(formatDate(dateOf('19 Dec'))).toBe('December 19 (year not stated)');
  });

  it('GIVEN a day date THEN the range test is inclusive at both ends', () => {
    const d = dateOf('2019-12-26');
    expect(dateInRange(d, '2019-12-26', '2019-12-31')).toBe(true);
    expect(dateInRange(d, '2019-12-01', '2019-12-26')).toBe(true);
    expect(dateInRange(d, '2019-12-27', '2019-12-31')).toBe(false);
  });

  it('GIVEN month and year dates THEN they count when they overlap the range', () => {
    expect(dateInRange(dateOf('November 2019'), '2019-11-30', '2020-01-31')).toBe(true);
    expect(dateInRange(dateOf('November 2019'), '2019-12-01', '2019-12-31')).toBe(false);
    expect(dateInRange(dateOf('in 2019'), '2019-06-01', '2019-06-30')).toBe(true);
  });

  it('GIVEN a yearless date THEN it is in no range', () => {
    expect(dateInRange(dateOf('On Saturday, December 17'), '2000-01-01', '2030-12-31')).toBe(false);
  });

  it('GIVEN dates of mixed precision THEN compareDates orders them by first day, yearless last', () => {
    const ds = [dateOf('19 Dec'), dateOf('2019-12-26'), dateOf('November 2019'), dateOf('in 1948')];
    expect([...ds].sort(compareDates).map((d) => d.iso)).toEqual(['1948', '2019-11', '2019-12-26', '--12-19']);
  });
});

describe('candidate years for a yearless article date', () => {
  const articleDate = (text: string): FuzzyDate => findDates(text)[0]!.date;

  it('GIVEN "9 Jan" and a body "on Thursday, December 29" THEN the article years are the year after each Thursday-December-29 year', () => {
    // December 29 was a Thursday in 2011, 2016 and 2022; the article written in early January is a year later.
    expect(candidateYearsFromText(articleDate('9 Jan'), 'Exiles marched on Thursday, December 29 in the snow.')).toEqual([2012, 2017, 2023]);
  });

  it('GIVEN a cap year from the view date THEN later candidate years are dropped', () => {
    expect(candidateYearsFromText(articleDate('9 Jan'), 'Exiles marched on Thursday, December 29 in the snow.', 2020)).toEqual([2012, 2017]);
  });

  it('GIVEN a weekday-checked body date months before the article date THEN it tells nothing about the year', () => {
    expect(candidateYearsFromText(articleDate('20 Sep'), 'The first arrests came on Friday, June 10 in the capital.')).toEqual([]);
  });

  it('GIVEN an article date with a stated year THEN no candidate years are offered', () => {
    expect(candidateYearsFromText(articleDate('20 Sep 2019'), 'Rallies took place on Friday, September 13.')).toEqual([]);
  });
});

describe('findDates: a French date in the English order', () => {
  it('GIVEN "mardi, octobre 3, 2034" (a French site\'s page date) THEN 3 October 2034, weekday and all', () => {
    const found = findDates('mardi, octobre 3, 2034');
    expect(found.map((f) => [f.start, f.end, f.date.iso])).toEqual([[0, 22, '2034-10-03']]);
  });

  it('GIVEN "mars 12" without a year after a comma THEN no date is read from the English order', () => {
    expect(findDates('les mars 12 fois').map((f) => f.date.iso)).toEqual([]);
  });
});
