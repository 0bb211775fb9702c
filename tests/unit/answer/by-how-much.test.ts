import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "By how much did the council raise bus fares?" asks a change: "raised by 30 percent" tells it; "for the first 40
 * rides" in the same sentence counts something else and is never the answer.
 */
describe('"by how much" asks a change', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'varnis-fares.txt': `Fare rise sparks protests in Varnis

Protests broke out in Varnis after the city council announced a fare rise on Monday.

The protests erupted hours after a late-night announcement that the bus fare would be raised by 30 percent for the first 40 rides and 80 percent for every ride after that each month.

Police said 12 protesters were arrested outside the council building.
`,
    });
  });

  it('GIVEN only a count of rides beside the rise THEN "by how much" is not answered with it', () => {
    const a = ask(index, 'By how much did the Varnis council raise bus fares in its late-night announcement?').answer;
    expect(a.answered && /\b40\b/.test(a.text.replace(/“[^”]*”/g, ''))).toBe(false);
  });

  it('GIVEN a plain count question THEN the count still answers', () => {
    const a = ask(index, 'how many protesters were arrested in Varnis?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/12/);
  });
});
