import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "what is mira tolvan known for? she spoke in korvik": who the person named is (her stated description), asked in
 * lower case and followed by a sentence of context; it had been read as a search for the words "known", "spoke".
 */
describe('"what is X known for" asks who X is', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-square.txt': `Hundreds have filled Korvik's Guild Square to stand with the strikers in Dorvan as the strikes there reach their 60th day.
Marchers met at noon by the Salt Gate to set off toward the old square, where speeches from several well-known campaigners, including award-winning Dorvanian poet Mira Tolvan, are planned.
Organisers have put up a stage by the fountain, hung with banners.
`,
    });
  });

  it('GIVEN a speaker described before her name WHEN asked what she is known for THEN her description', () => {
    const a = ask(index, 'what is mira tolvan known for? she spoke in korvik').answer;
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('role');
    expect(a.text).toMatch(/^Mira Tolvan\b.*poet/);
  });
});
