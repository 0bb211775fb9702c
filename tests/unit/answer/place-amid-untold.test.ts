import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The report writes Belarus only as where unrest went on ("detained amid unrest in Belarus"); the envoy was held
// at a bakery. Asked where he was detained, Belarus is the backdrop, not the place: declined (the bakery sentence
// names no place the reader takes). Asked where the unrest was, Belarus answers.
const REPORTS = {
  'envoy.txt': `Norwegian envoy briefly held in Minsk
Published: 12 February 2034 | Fjord Courier

date 2034-02-12 Norway's envoy to Minsk has been detained amid unrest in Belarus after the government admitted that its guards had fired on a funeral procession, killing nine mourners.
Envoy Lars Hegg had gone to a candle vigil for the dead, and was stopped by plain-clothes officers as he waited in line at a bakery on his walk back to the residence.
He was let go after two hours.
`,
};

describe('a place written only as the backdrop of a deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Belarus is only where the unrest went on WHEN where the envoy was detained after the vigil is asked THEN Belarus is not the answer', () => {
    const { answer } = ask(index, 'Where was the Norwegian envoy detained after leaving the vigil?');
    expect(answer.text).not.toMatch(/^Belarus\b/);
  });
});
