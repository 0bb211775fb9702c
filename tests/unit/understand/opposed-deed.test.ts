import { describe, expect, it } from 'vitest';
import { measureOf } from '../../../src/understand/measures.ts';

// What a gathering is against describes the gathering; it is not the count asked (fourteenth probe: "killed under
// the president, per the anti-execution demo announcement" had been read as a count of executions).
describe('measureOf: a deed a gathering opposes', () => {
  it('GIVEN "the Velmar anti-execution demo" THEN the verb asked ("killed") gives the measure', () => {
    expect(measureOf('how many people were killed under President Ostrel according to the Velmar anti-execution demo notice?')).toBe('killed');
  });

  it('GIVEN "the vigil against the executions" THEN "how many attended" asks a crowd', () => {
    expect(measureOf('how many people attended the Korvik vigil against the executions?')).toBe('attendance');
  });

  it('GIVEN no gathering THEN "executions" is still the count asked', () => {
    expect(measureOf('how many executions did Dornia carry out in 2031?')).toBe('executed');
  });
});
