import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many were detained in the region, according to its governor?" answered with the count a report credits to
 * the region's attorney general: a figure is the word of the office that gives it; asked of an office the report
 * never writes, the archive has no answer.
 */
describe('a count credited to another office than the one asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'talvik-detentions.txt': `Vardania unrest: at least 320 detained in coastal region

Weather and roads were bad, but the marches went on for a second week.

At least 320 people have been detained in Talvik, a coastal region of Vardania, during the last eight days of marches, according to the region's attorney general.

The marches began after a student died in custody in the capital, Ostbury.
`,
    });
  });

  it('GIVEN a count credited to the attorney general THEN asked of the governor it abstains', () => {
    const a = ask(index, "How many people were detained in Talvik region according to the region's governor?").answer;
    expect(a.answered && /320/.test(a.text)).toBe(false);
  });

  it('GIVEN the office the report credits THEN its count answers', () => {
    const a = ask(index, "How many people were detained in Talvik region according to the region's attorney general?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/320/);
  });
});
