import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../../src/understand/compound.ts';

// "How many X did the envoy count, and how many children (at least)?": the second part counts another group of the
// same count, so it is asked with the first part's words, its noun put in.
describe('a second count of a group, after a first count', () => {
  it('GIVEN "how many protesters killed … did the envoy count, and how many children at least?" THEN the children are asked of the envoy\'s count', () => {
    expect(compoundParts('How many protesters killed by the guards did the Vardanian envoy count, and how many children at least?')).toEqual([
      'How many protesters killed by the guards did the Vardanian envoy count?',
      'how many children killed by the guards did the Vardanian envoy count?',
    ]);
  });

  it('GIVEN a second count with words of its own THEN it is left as written', () => {
    expect(compoundParts('how many were killed and how many were arrested in March 2031?')).toEqual(['how many were killed in March 2031?', 'how many were arrested in March 2031?']);
  });
});
