import { describe, expect, it } from 'vitest';
import { titleAskedOf } from '../../../src/answer/title-asked.ts';
import { findDates } from '../../../src/dates/index.ts';
import { countedAfter } from '../../../src/extract/figure-measures.ts';
import { parseQuestionRange } from '../../../src/understand/question-dates.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';

/* Findings of the stop-23 review of the merged rules, each a case that had gone wrong. */
describe('review of stop 23', () => {
  it('GIVEN "what was the general message …", "what did the mayor say" THEN no title is asked; "which former senator" still asks one', () => {
    expect(titleAskedOf('What was the general message of the Kastel rally?')).toBeUndefined();
    expect(titleAskedOf('what did the mayor say at the vigil?')).toBeUndefined();
    expect(titleAskedOf('which general election did they boycott?')).toBeUndefined();
    expect(titleAskedOf('which former senator spoke at the rally?')).toBe('senator');
    expect(titleAskedOf('which general commanded the raid?')).toBe('general');
  });

  it('GIVEN "held in place of the March 8 rally" THEN the day is a date (no street is named after it)', () => {
    const found = findDates('The vigil, held in place of the March 8, 2031 rally, drew 300 people.');
    expect(found.map((f) => f.date.iso)).toContain('2031-03-08');
    // A square named after a day is still no date.
    expect(findDates('They met on the Square of the 8 March 2031 in Kastel.').map((f) => f.date.iso)).not.toContain('2031-03-08');
  });

  it('GIVEN "around march 2031" THEN the month is asked; "the solidarity march 2031" names a walk', () => {
    expect(parseQuestionRange('how many were arrested around march 2031?')).toMatchObject({ from: '2031-03-01', to: '2031-03-31' });
    expect(parseQuestionRange('where did the solidarity march 2031 start?')).toMatchObject({ from: '2031-01-01', to: '2031-12-31' });
  });

  it('GIVEN "some 2,000 rally participants" THEN rally participants are counted ("rally" is no adverb)', () => {
    const text = 'some 2,000 rally participants gathered';
    expect(countedAfter(text, text.indexOf('2,000') + '2,000'.length).counted).toMatch(/rally/);
  });

  it('GIVEN "what did the IMO say" THEN "IMO" stays (only chat words typed in lower case are dropped)', () => {
    expect(cleanQuestion('what did the IMO say about the ship?')).toContain('IMO');
    expect(cleanQuestion('who drafted it lol')).toBe('who drafted it');
  });
});
