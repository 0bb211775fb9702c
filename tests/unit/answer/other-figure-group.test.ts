import { describe, expect, it } from 'vitest';
import { countsOtherGroup } from '../../../src/answer/reader/read.ts';

/*
 * "How many of them were children?" answered "230 children": another report's "at least 150 people, including many
 * children" counts everyone, so it is no other figure for the children.
 */
describe('another figure for a group counted', () => {
  it('GIVEN a count of children THEN a count of people is another group', () => {
    expect(countsOtherGroup('230 children', 'at least 150 people')).toBe(true);
    expect(countsOtherGroup('31 women', 'about 900 protesters')).toBe(true);
  });

  it('GIVEN a count of students, journalists, teenagers, girls or boys THEN a count of people is another group (each word cut to its key)', () => {
    expect(countsOtherGroup('44 students', 'some 600 people')).toBe(true);
    expect(countsOtherGroup('12 journalists', 'over 300 detainees')).toBe(true);
    expect(countsOtherGroup('nine teenagers', '70 people')).toBe(true);
    expect(countsOtherGroup('six girls', '50 protesters')).toBe(true);
    expect(countsOtherGroup('44 students', 'another 20 students')).toBe(false);
  });

  it('GIVEN the same group, or a count of everyone as the best THEN no objection', () => {
    expect(countsOtherGroup('230 children', 'at least 190 children')).toBe(false);
    expect(countsOtherGroup('About 8,000 people', '20,000 participants')).toBe(false);
  });
});
