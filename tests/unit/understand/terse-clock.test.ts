import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/understand/understand.ts';

/* "velmar poets' march - start time?": a terse question for the hour the occasion named before the dash began or ended. */
describe('terse questions for an hour', () => {
  it('GIVEN "velmar poets march - start time?" THEN asks what time the march started', () => {
    expect(cleanQuestion("velmar poets march - start time?")).toBe('what time did the velmar poets march start?');
  });

  it('GIVEN "the Dunmere vigil, end time" THEN asks what time the vigil ended', () => {
    expect(cleanQuestion('the Dunmere vigil, end time')).toBe('what time did the Dunmere vigil end?');
  });
});
