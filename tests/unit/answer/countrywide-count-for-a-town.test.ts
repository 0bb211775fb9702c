import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report on an exiles' rally in Korvik cites the uprising's toll "inside the country": asked how many were arrested
 * at the Korvik rally, that count (the whole country's) is no answer; asked of the uprising, it is.
 */
describe('a count told across the whole country, asked of a town', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-exiles.txt': `Exiles in Korvik rally for the Vardania uprising

Exiled Vardanians in Korvik held a protest in solidarity with the nationwide uprising in Vardania.

On Saturday, exiles in Korvik held a protest in Harbour Square before the city hall, chanting slogans and holding banners.

On day 30 of the uprising, reports by the opposition's network inside the country indicate more than 800 protesters have been killed and 9,000 arrested.
`,
    });
  });

  it('GIVEN the count is put inside the country THEN "korvik exile rally - any arrests?" is not answered with it', () => {
    const a = ask(index, 'korvik exile rally - any arrests?').answer;
    expect(a.answered && /9,000/.test(a.text)).toBe(false);
  });

  it('GIVEN no town asked THEN the same count answers', () => {
    const a = ask(index, 'how many protesters were arrested by day 30 of the uprising?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/9,000/);
  });
});
