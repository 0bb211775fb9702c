import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "tessa ostra park solidarity rally - police estimate?": a town written with no "in" before it is still where the
 * crowd asked gathered. A count from a report that never names that town (another town's rally) is no answer.
 */
describe('a town named tersely in a count question', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-rally.txt': `Thousands rally at Lindqvist Park in Korvik for Vardania

Thousands of people gathered at Lindqvist Park in Korvik on Saturday afternoon in solidarity with Vardania, calling for change.

Police in Korvik said about 38,000 people attended the demonstration, which closed traffic along Harbour Road.
`,
      'tessa-rally.txt': `Vardanians march in Tessa

Protesters gathered at Ostra Park in Tessa on Sunday before marching to the old town hall.

Speakers called on the government to stand with the people of Vardania.
`,
    });
  });

  it('GIVEN a police count only for another town THEN "tessa ostra park solidarity rally - police estimate?" is declined', () => {
    const a = ask(index, 'tessa ostra park solidarity rally - police estimate?').answer;
    expect(a.answered && /38,000/.test(a.text)).toBe(false);
  });

  it('GIVEN the town written before the rally THEN its own count still answers', () => {
    const a = ask(index, 'korvik lindqvist park solidarity rally - police estimate?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/38,000/);
  });
});
