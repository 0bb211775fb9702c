import { describe, expect, it } from 'vitest';
import { cleanQuestion, understand, unknownTerms, MAX_QUESTION_CHARS } from '../../../src/understand/understand.ts';
import { measureOf } from '../../../src/understand/measures.ts';
import { dateMatchesRange, parseQuestionRange } from '../../../src/understand/question-dates.ts';
import { matchPeople } from '../../../src/understand/people.ts';
import type { FuzzyDate } from '../../../src/domain/types.ts';
import { answerArchive } from '../../fixtures/answer/archive.ts';

const index = answerArchive();

describe('understand: intent kinds across phrasings', () => {
  const cases: Array<[string, string]> = [
    ['Who spoke at the Bellecour rally?', 'who'],
    ['anyone know who spoke at bellecour', 'who'],
    ['Which former senator spoke at the rally in Lyon?', 'who'],
    ['which students were killed on October 2, 2022', 'who'],
    ['Who organised the rally at Place Bellecour?', 'who'],
    ['Who is Karim Oudjani?', 'role'],
    ["who's karim oudjani", 'role'],
    ['Who did Marchetti-Roux urge to recall the ambassador?', 'quote'],
    ['who called the rally at bellecour', 'who'],
    ['who is helene marchetti roux', 'role'],
    ['Who is the deputy mayor of Lyon?', 'role'],
    ['What did Oudjani call for?', 'quote'],
    ['what did sarah holm say about markets', 'quote'],
    ['What did Marchetti-Roux urge France to do?', 'quote'],
    ['How many protesters were killed in the September 2022 uprising?', 'howmany'],
    ['whats the death toll', 'howmany'],
    ['From which city did the spokeswoman speak when she announced the death toll?', 'where'],
    ['When was the death toll first announced?', 'when'],
    ['number of detainees?', 'howmany'],
    ['When was the vigil in Oslo?', 'when'],
    ['What happened outside the Iranian embassy in Oslo on November 12?', 'when'],
    ['Where was the rally on March 27, 2021 held?', 'where'],
    ['in which city was the vigil', 'where'],
    ['List the rallies in Lyon', 'timeline'],
    ['timeline of events in March 2021', 'timeline'],
    ['Which articles mention Sarah Holm?', 'mentions'],
    ['tell me something about markets full of families', 'search'],
  ];
  for (const [q, kind] of cases) {
    it(`GIVEN "${q}" THEN the intent is ${kind}`, () => {
      expect(understand(q, index).kind).toBe(kind);
    });
  }
});

describe('understand: people slots', () => {
  it('GIVEN a name without accents or hyphen THEN it matches the accented speaker', () => {
    const i = understand('what did helene marchetti roux say', index);
    expect(i.slots.people?.[0]).toBe('helene-marchetti-roux');
  });

  it('GIVEN a misspelt surname THEN it still matches the speaker', () => {
    expect(understand('Who is Karim Oudjanni?', index).slots.people?.[0]).toBe('karim-oudjani');
  });

  it('GIVEN a surname alone in lower case THEN it matches the speaker', () => {
    expect(understand('what did holm say', index).slots.people).toEqual(['sarah-holm']);
  });

  it('GIVEN a name the archive does not hold THEN it is an unknown person, not another speaker', () => {
    const i = understand('What did John Whitfield say?', index);
    expect(i.slots.people).toBeUndefined();
    expect(i.slots.unknownPeople).toEqual(['John Whitfield']);
  });

  it('GIVEN a different first name before a known surname THEN it is not that speaker', () => {
    expect(matchPeople('What did Jamal Oudjani say?', index).map((m) => m.speakerId)).not.toContain('karim-oudjani');
  });
});

describe('understand: places, dates and measures', () => {
  it('GIVEN a venue named by its distinctive word THEN the place slot keeps the words asked', () => {
    expect(understand('who spoke at bellecour', index).slots.places).toEqual(['Bellecour']);
  });

  it('GIVEN "in December 2019" THEN the range is the whole month', () => {
    expect(parseQuestionRange('Which rallies were held in December 2019?')).toMatchObject({ from: '2019-12-01', to: '2019-12-31' });
  });

  it('GIVEN "late December 2019" and "late 2019" THEN the ranges are the end of the month and of the year', () => {
    expect(parseQuestionRange('the rally in late December 2019')).toMatchObject({ from: '2019-12-21', to: '2019-12-31' });
    expect(parseQuestionRange('protests in late 2019')).toMatchObject({ from: '2019-09-01', to: '2019-12-31' });
  });

  it('GIVEN "the first half of 2022", "the last three months of 2030", "the third quarter of 2019" THEN the range is that part of the year', () => {
    expect(parseQuestionRange('executions in the first half of 2022?')).toMatchObject({ from: '2022-01-01', to: '2022-06-30' });
    expect(parseQuestionRange('arrests in the second half of 2021')).toMatchObject({ from: '2021-07-01', to: '2021-12-31' });
    expect(parseQuestionRange('in the last three months of 2030')).toMatchObject({ from: '2030-10-01', to: '2030-12-31' });
    expect(parseQuestionRange('during the third quarter of 2019')).toMatchObject({ from: '2019-07-01', to: '2019-09-30' });
  });

  it('GIVEN a day with and without a year THEN the range is that day, year-less as --MM-DD', () => {
    expect(parseQuestionRange('on February 11, 2020')).toMatchObject({ from: '2020-02-11', to: '2020-02-11' });
    expect(parseQuestionRange('on 11 Feb 2020')).toMatchObject({ from: '2020-02-11', to: '2020-02-11' });
    expect(parseQuestionRange('what happened on December 17?')).toMatchObject({ from: '--12-17', to: '--12-17' });
  });

  it('GIVEN "between December 24 and December 26, 2019" THEN the year carries to the start', () => {
    expect(parseQuestionRange('between December 24 and December 26, 2019')).toMatchObject({ from: '2019-12-24', to: '2019-12-26' });
  });

  it('GIVEN "may" as a verb THEN no month is read', () => {
    expect(parseQuestionRange('Who may have spoken at the rally?')).toBeUndefined();
  });

  it('GIVEN a year-less event date THEN it matches a year-less day and a year its weekday allows, not others', () => {
    const d: FuzzyDate = { month: 11, day: 12, precision: 'day', yearStated: false, candidateYears: [2016, 2022], iso: '--11-12', source: 'text', text: 'Saturday, November 12' };
    expect(dateMatchesRange(d, { from: '--11-12', to: '--11-12', text: 'November 12' })).toBe(true);
    expect(dateMatchesRange(d, { from: '2022-11-01', to: '2022-11-30', text: 'November 2022' })).toBe(true);
    expect(dateMatchesRange(d, { from: '2019-11-01', to: '2019-11-30', text: 'November 2019' })).toBe(false);
  });

  const measures: Array<[string, string]> = [
    ['whats the death toll', 'killed'],
    ['how many martyrs', 'killed'],
    ['how many people died', 'killed'],
    ['how many were detained', 'arrested'],
    ['number of detainees', 'arrested'],
    ['how many were jailed', 'arrested'],
    ['how many wounded', 'injured'],
    ['how many cities took part in the uprising', 'cities'],
    ['how many martyrs has the group identified by name', 'identified'],
    ['how many medical facilities were damaged', 'damaged'],
    ['how many people attended the rally', 'attendance'],
  ];
  for (const [q, m] of measures) {
    it(`GIVEN "${q}" THEN the measure is ${m}`, () => {
      expect(measureOf(q)).toBe(m);
    });
  }
});

describe('understand: odd input', () => {
  it('GIVEN 10,000 characters THEN the question is cut to a sane length and still understood', () => {
    const q = `who is karim oudjani ${'blah '.repeat(2000)}`;
    const i = understand(q, index);
    expect(i.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(i.slots.people).toContain('karim-oudjani');
  });

  it('GIVEN emoji, @everyone and Discord mentions THEN they are dropped', () => {
    expect(cleanQuestion('@everyone 😀 <@123456> who spoke at bellecour? 🔥')).toBe('who spoke at bellecour?');
    expect(understand('😀😀😀', index).question).toBe('');
  });

  it('GIVEN a capitalised place the archive never names THEN it is reported as unknown; a typo of a known word is not', () => {
    expect(unknownTerms('How many attended the rally in Berlin?', index)).toEqual(['Berlin']);
    expect(unknownTerms('how many attended the rally in berlin', index)).toEqual(['berlin']);
    expect(unknownTerms('Who spoke at the Bellecuor rally?', index)).toEqual([]);
  });
});

describe('understand: follow-ups with conversation context', () => {
  it('GIVEN a question about a person THEN "what did she say?" is a quote by that person', () => {
    const i = understand('what did she say?', index, { people: ['helene-marchetti-roux'], at: Date.now() });
    expect(i.kind).toBe('quote');
    expect(i.slots.people).toEqual(['helene-marchetti-roux']);
  });

  it('GIVEN a question about an event THEN "and how many were arrested?" keeps the measure question and the event place', () => {
    const i = understand('and how many were arrested?', index, { eventIds: ['lyon-a:e0'], at: Date.now() });
    expect(i.kind).toBe('howmany');
    expect(i.slots.measure).toBe('arrested');
    expect(i.slots.places).toContain('Place Bellecour');
  });

  it('GIVEN a death-toll question before THEN "what about the injured?" asks the same kind of question', () => {
    const i = understand('what about the wounded?', index, { measure: 'killed', at: Date.now() });
    expect(i.kind).toBe('howmany');
    expect(i.slots.measure).toBe('injured');
  });

  it('GIVEN a context but a fresh question naming someone else THEN the new person wins', () => {
    const i = understand('What did Sarah Holm say?', index, { people: ['helene-marchetti-roux'], at: Date.now() });
    expect(i.slots.people).toEqual(['sarah-holm']);
  });
});

describe('understand: a gathering named by the event it supports', () => {
  it('GIVEN "the rally in support of the February 2031 uprising" THEN neither the uprising\'s month nor its kind constrains the rally asked', () => {
    const q = 'When was the Cathedral Square rally in support of the February 2031 uprising held?';
    expect(parseQuestionRange(q)).toBeUndefined();
    const intent = understand(q, index);
    expect(intent.slots.eventKinds).toEqual(['rally']);
  });

  it('GIVEN a rally dated itself ("the February 2031 rally") THEN its month still constrains it', () => {
    expect(parseQuestionRange('When was the February 2031 rally in Kelmouth?')).toMatchObject({ from: '2031-02-01', to: '2031-02-28' });
  });
});

describe('understand: a count up to a day', () => {
  it('GIVEN "killed by oct 25 2031" THEN the range runs from the start of that year to the day, not the day alone', () => {
    expect(parseQuestionRange('how many people had been killed by oct 25 2031 per the monitor?')).toMatchObject({ from: '2031-01-01', to: '2031-10-25' });
    expect(parseQuestionRange('how many people were killed on oct 25 2031?')).toMatchObject({ from: '2031-10-25', to: '2031-10-25' });
  });
});
