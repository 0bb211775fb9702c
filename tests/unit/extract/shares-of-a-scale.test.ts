import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/extract/figure-numbers.ts';

/*
 * "Over half a million people have been killed": a share of a scale is that share ("half a million" is 500,000), not
 * the scale it is taken of ("a million"); the same for quarters, thirds and "two and a half thousand".
 */
describe('shares of a scale', () => {
  it('GIVEN "over half a million" THEN 500,000 with its qualifier, the whole phrase as written', () => {
    const found = findAmounts('Over half a million people have died in the war, the monitor said.');
    expect(found.map((a) => [a.text, a.value, a.qualifier, a.lower])).toEqual([['Over half a million', 500000, 'more-than', 500000]]);
  });

  it('GIVEN quarters, thirds and "and a half" THEN each the share it writes', () => {
    const found = findAmounts('nearly a quarter of a million fled, two thirds of a million stayed, one and a half million were displaced and 3 and a half thousand were held');
    expect(found.map((a) => [a.text, a.value])).toEqual([
      ['nearly a quarter of a million', 250000],
      ['two thirds of a million', 666667],
      ['one and a half million', 1500000],
      ['3 and a half thousand', 3500],
    ]);
  });

  it('GIVEN "half the crowd of 300" or "a million people" THEN the counts written, no share invented', () => {
    expect(findAmounts('half the crowd of 300 left early').map((a) => a.value)).toEqual([300]);
    expect(findAmounts('a million people marched').map((a) => a.value)).toEqual([1000000]);
  });
});
