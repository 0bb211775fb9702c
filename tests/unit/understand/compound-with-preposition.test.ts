import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../../src/understand/compound.ts';

/* "who ran the Lindenplatz rally and on what date was it held?": two questions, the second led by a preposition. */
describe('a second question led by a preposition', () => {
  it('GIVEN "… and on what date was it held?" THEN both parts are asked, the second of the same rally', () => {
    expect(compoundParts('who spoke at the Lindenplatz rally and on what date was it held?')).toEqual([
      'who spoke at the Lindenplatz rally?',
      'on what date was the Lindenplatz rally held?',
    ]);
  });

  it('GIVEN "… and in which city was it held?" THEN both parts are asked', () => {
    expect(compoundParts('who organised the Lindenplatz rally and in which city was it held?')?.length).toBe(2);
  });

  it('GIVEN "… and on what grounds" (no question of its own) THEN it stays one question', () => {
    expect(compoundParts('who banned the Lindenplatz rally and on what grounds?')).toBeUndefined();
  });
});
