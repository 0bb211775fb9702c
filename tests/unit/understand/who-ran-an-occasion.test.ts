import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/understand/understand.ts';

/* "who ran the Lindenplatz rally?" asks who organised it; running for an office or a body is another question. */
describe('"who ran" an occasion', () => {
  it.each([
    ['who ran the Lindenplatz rally?', 'who organised the Lindenplatz rally?'],
    ['who ran the march in Kessel', 'who organised the march in Kessel'],
  ])('GIVEN "%s" THEN it is read as "%s"', (q, read) => {
    expect(cleanQuestion(q)).toBe(read);
  });

  it.each(['who ran for mayor of Kessel?', 'who ran the Kessel city council in 2030?'])('GIVEN "%s" THEN it is left as it is', (q) => {
    expect(cleanQuestion(q)).toBe(q);
  });
});
