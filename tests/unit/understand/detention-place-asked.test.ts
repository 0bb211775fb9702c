import { describe, expect, it } from 'vitest';
import { measureOf } from '../../../src/understand/measures.ts';

// A place of detention the question names as where a deed was done ("at the Orla detention centre") asks no count of
// arrests; the detained asked in words of their own still are.
describe('a detention place named in a count question', () => {
  it('GIVEN "how many guards were tried for abuses at the Orla detention centre" THEN no arrest count is asked', () => {
    expect(measureOf('How many guards were tried for abuses at the Orla detention centre?')).not.toBe('arrested');
  });
  it('GIVEN "how many people were arrested and sent to the Orla detention centre" THEN arrests are asked', () => {
    expect(measureOf('How many people were arrested and sent to the Orla detention centre?')).toBe('arrested');
  });
  it('GIVEN "how many detainees were held in Dalvik prison" THEN the detained are asked', () => {
    expect(measureOf('How many detainees were held in Dalvik prison?')).toBe('arrested');
  });
});
