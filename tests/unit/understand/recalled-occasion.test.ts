import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../../src/understand/compound.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';

/*
 * "wasn't there a vigil in Orvel last May? who organised it": chat users recall an occasion first, then ask of it.
 * The recall asks nothing of its own; it is what the question after it is about, so the two are read as one question
 * (not two, the first answered "nothing in the archive" and the second asked of no occasion at all).
 */
describe('an occasion recalled, then a question asked of it', () => {
  it('GIVEN "wasnt there a X? who organised it" THEN "it" is the occasion recalled', () => {
    expect(cleanQuestion('wasnt there a vigil at brenna quay in may 2031? who organised it')).toBe('who organised the vigil at brenna quay in may 2031?');
    expect(compoundParts('wasnt there a vigil at brenna quay in may 2031? who organised it')).toBeUndefined();
  });

  it('GIVEN a question naming no occasion after the recall THEN it is asked of the occasion', () => {
    expect(cleanQuestion("wasn't there a march in Velmora in 2029? how many came")).toBe('how many came at the march in Velmora in 2029?');
  });

  it('GIVEN "remember the X - who spoke there?" THEN "there" is at the occasion', () => {
    expect(cleanQuestion('remember the sit-in outside the Kastel court - who spoke there?')).toBe('who spoke at the sit-in outside the Kastel court?');
  });

  it('GIVEN a recall without a question, or of no occasion THEN the question is left as written', () => {
    expect(cleanQuestion('was there a rally in Orvel?')).toBe('was there a rally in Orvel?');
    expect(cleanQuestion("wasn't there a man from Kastel? who was he")).toBe("wasn't there a man from Kastel? who was he");
  });
});
