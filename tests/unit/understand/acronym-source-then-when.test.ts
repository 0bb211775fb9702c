import { describe, expect, it } from 'vitest';
import { acronymAskedFor, creditsSourceAsked } from '../../../src/understand/analyse-question.ts';

// "…, according to the FVC in November 2031?": the body asked by its acronym is the source even when the question
// goes on to say when or where it counted.
describe('a source asked by its acronym, followed by when or where', () => {
  it.each([
    ['how many were killed in Lisk according to the FVC in November 2031?', 'FVC'],
    ['How many people were injured in Orla over two weeks, according to the VHO in October 2030?', 'VHO'],
    ['how many were arrested per LRW during the Lisk protests?', 'LRW'],
    ['how many were killed according to FVC?', 'FVC'],
  ])('GIVEN "%s" THEN the acronym asked is %s', (q, acronym) => {
    expect(acronymAskedFor(q)).toBe(acronym);
  });

  it('GIVEN the acronym then a month THEN a count credited to another body is not the one asked', () => {
    expect(creditsSourceAsked('how many were killed in Lisk according to the FVC in November 2031?', 'the Lisk Herald')).toBe(false);
    expect(creditsSourceAsked('how many were killed in Lisk according to the FVC in November 2031?', 'the Free Valley Council')).toBe(true);
  });

  it('GIVEN a source in words, or no source THEN no acronym is read', () => {
    expect(acronymAskedFor('how many were killed according to the rights group in November 2031?')).toBeUndefined();
    expect(acronymAskedFor('how many were killed in Lisk in November 2031?')).toBeUndefined();
  });
});
