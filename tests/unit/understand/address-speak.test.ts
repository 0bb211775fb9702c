import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/understand/vocabulary.ts';

// "How many MEPs did X address?" against "X addressed some 200 MEPs": the question's "address" and the report's
// "addressed" must be one deed (it had been keyed "addres" against "@speak", so no sentence held the deed asked).
describe('address is a word of speaking', () => {
  it('GIVEN "address", "addresses" and "addressed" THEN they share the key of speaking', () => {
    const keys = tokenize('address addresses addressed addressing spoke').map((t) => t.key);
    expect(new Set(keys).size).toBe(1);
  });
});
