import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/understand/understand.ts';

describe('chat spellings of common words', () => {
  it('GIVEN "acording to", "accordin to", "acc to" WHEN cleaned THEN "according to", so the source is asked', () => {
    expect(cleanQuestion('how many were hurt in varn acording to the medics')).toContain('according to the medics');
    expect(cleanQuestion('how many were hurt in varn accordin to solvar')).toContain('according to solvar');
    expect(cleanQuestion('how many were hurt acc to solvar')).toContain('according to solvar');
  });

  it('GIVEN "govt" WHEN cleaned THEN "government"', () => {
    expect(cleanQuestion('what did the tarnish govt ban')).toBe('what did the tarnish government ban');
  });
});
