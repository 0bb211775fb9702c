import { describe, expect, it } from 'vitest';
import { parseQuestionRange } from '../../../src/understand/question-dates.ts';

// "the 2031 uprising, according to the group in early dec": "according to" joins no two dates into a span (before, it
// made one from the year to a day with no year, "--12-10", which no date compares with), nor do words between two
// dates that are more than the joining ones.
describe('a year and a day without one', () => {
  it('GIVEN "according to" between a year and a month THEN no span: the year asked', () => {
    expect(parseQuestionRange('how many cities did the 2031 uprising reach according to the group in early dec')).toEqual({ from: '2031-01-01', to: '2031-12-31', text: '2031' });
  });

  it('GIVEN spans joined plainly THEN they still span', () => {
    expect(parseQuestionRange('between December 24 and December 26, 2029')).toEqual({ from: '2029-12-24', to: '2029-12-26', text: 'december 24 and december 26, 2029' });
    expect(parseQuestionRange('from 2027 to 2029')).toEqual({ from: '2027-01-01', to: '2029-12-31', text: '2027 to 2029' });
  });
});
