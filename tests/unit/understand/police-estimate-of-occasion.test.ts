import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/understand/understand.ts';

// "and the police estimate for that Kessel march against the hangings?": a follow-up asking whose count of a crowd,
// read as the question it stands for; a toll named before any gathering ("the police figure for the dead at …") is
// not a crowd.
describe('the police or the organisers\' count of an occasion, asked as a noun phrase', () => {
  it.each([
    ['and the police estimate for that Kessel march against the hangings?', 'how many people attended the Kessel march against the hangings, according to the police?'],
    ['what was the police estimate for the Kessel march against the hangings?', 'how many people attended the Kessel march against the hangings, according to the police?'],
    ["and the organisers' count of the Varn rally?", 'how many people attended the Varn rally, according to the organisers?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (q, plain) => {
    expect(cleanQuestion(q)).toBe(plain);
  });

  it('GIVEN a toll named before the gathering THEN the question is not read as a crowd', () => {
    expect(cleanQuestion('what was the police figure for the dead at the Varn rally?')).not.toMatch(/attended/);
  });
});
