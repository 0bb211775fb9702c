import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/understand/understand.ts';

/*
 * "the dc march - where did it end?": the capital's initials alone stand for Washington, as "NYC" stands for New York;
 * written after the city's name ("Washington, D.C.") they are left as they are.
 */
describe('a capital asked by its initials', () => {
  it('GIVEN "dc poets march - where did it end?" THEN asks of Washington', () => {
    expect(cleanQuestion('dc poets march - where did it end?')).toBe('where did the Washington poets march end?');
  });

  it('GIVEN "who spoke in D.C.?" THEN asks who spoke in Washington', () => {
    expect(cleanQuestion('who spoke in D.C.?')).toBe('who spoke in Washington?');
  });

  it('GIVEN "the Washington, D.C. vigil" THEN the name is kept as written', () => {
    expect(cleanQuestion('who organised the Washington, D.C. vigil?')).toBe('who organised the Washington, D.C. vigil?');
  });
});
