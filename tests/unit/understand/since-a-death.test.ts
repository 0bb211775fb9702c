import { describe, expect, it } from 'vitest';
import { measureOf } from '../../../src/understand/measures.ts';

/*
 * "how many turned out in Tolvik to mark a year since the poet's death?": the death a gathering marks the time since
 * names no count asked; the crowd is asked. A count of deaths since an occasion is still a count of deaths.
 */
describe('a gathering marking the time since a death', () => {
  it('GIVEN "how many folks turned out … to mark a year since the poet Lenmark\'s death?" THEN attendance', () => {
    expect(measureOf("How many people turned out in Tolvik to mark a year since the poet Lenmark's death?")).toBe('attendance');
  });

  it('GIVEN "how many gathered two years after the Velmar massacre?" THEN attendance', () => {
    expect(measureOf('how many gathered in Dunmere two years after the Velmar massacre?')).toBe('attendance');
  });

  it('GIVEN "how many were killed since the poet\'s death?" THEN killed', () => {
    expect(measureOf("how many were killed since the poet's death?")).toBe('killed');
  });
});
