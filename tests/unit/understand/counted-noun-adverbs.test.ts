import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { keyOf } from '../../../src/understand/vocabulary.ts';

/*
 * "how many clinics still open in Varn?": an adverb after the noun counted ends it. Read as part of the noun, "still"
 * made a list line "40: Nurses still on duty" count what was asked, because it shared the adverb.
 */
describe('the noun a count question counts', () => {
  it('GIVEN "how many clinics still open" THEN clinics are counted, not "still"', () => {
    const a = analyseQuestion('how many clinics still open in Varn per the health agency?');
    expect(a.counted).toEqual([keyOf('clinics')]);
  });

  it('GIVEN "how many schools now closed" THEN schools are counted', () => {
    const a = analyseQuestion('how many schools now closed across the Dell valley?');
    expect(a.counted).toEqual([keyOf('schools')]);
  });

  it('GIVEN "how many field clinics" THEN both nouns stay the noun counted', () => {
    const a = analyseQuestion('how many field clinics were set up?');
    expect(a.counted).toEqual([keyOf('field'), keyOf('clinics')]);
  });
});
