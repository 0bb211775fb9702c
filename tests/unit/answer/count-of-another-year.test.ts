import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many executions in Ostmark in 2028 did the trust record?" answered with the count the sentence dates to 2029:
 * the clause of a count that names its own year tells that year's count; asked of another year, the archive has no
 * answer.
 */
describe('a count its own clause dates to another year than the one asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ostmark-executions.txt': ` date 2030-12-07 Kelburg: Ostmark drew most attention this year after a wave of strikes was crushed by the army, and now a grim report says more than 400 people have been executed so far this year in the country.
According to a report by the Kelburg-based group Ostmark Justice League (OJL), "The number of people executed in 2030 has now surpassed 400, the highest rate in five years."
As per its data, at least 261 people were executed in 2029, a 20 per cent increase compared to 218 in 2028.
Meanwhile, Vesta Prisoners Trust put the number of recorded executions in Ostmark in 2029 at 255, saying that it was higher than in any other country.
`,
    });
  });

  it('GIVEN a count the sentence puts in 2029 THEN asked of 2028 it abstains', () => {
    const a = ask(index, 'How many executions in Ostmark in 2028 did Vesta Prisoners Trust record?').answer;
    expect(a.answered && /255/.test(a.text)).toBe(false);
  });

  it('GIVEN the year the sentence names THEN its count answers', () => {
    const a = ask(index, 'How many executions in Ostmark in 2029 did Vesta Prisoners Trust record?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/255/);
  });
});
