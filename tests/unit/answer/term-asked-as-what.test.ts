import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What sentences did X get?" asks a prison term as "how long" does: a length in years, told by a sentence that names
// the one who got it; not a count of defendants, a word of the court, nor another defendant's term.
const REPORTS = {
  'brem-harbour-plot.txt': `Kessland courier jailed for 12 years over Brem harbour bomb plan

 date 2032-03-05 A court in Varn on Thursday jailed Kessland courier Olek Sarn for 12 years over a plan to bomb a ferry in Brem harbour.

Sarn denied every charge and did not come to court for the ruling.

Three other men were convicted as well and got long jail terms, the court holding that they worked for the same cell.

Tull and Brenn were sentenced to 6 years and 9 years in jail respectively.
`,
};

describe('a prison term asked with "what sentence"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a sentence gives the terms of two named men WHEN asked what sentences they got THEN their terms are given', () => {
    const { answer } = ask(index, 'what sentences did Tull and Brenn get over the Brem harbour plan?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/6 years/);
    expect(answer.citations.some((c) => /Tull and Brenn/.test(c.excerpt))).toBe(true);
  });

  it('GIVEN only other men are named by the sentence of terms read WHEN asked the sentence of the courier THEN their terms are not given as his', () => {
    const { answer } = ask(index, 'what sentence did Olek Sarn get?');
    expect(answer.text).not.toMatch(/\b(?:6|9) years/);
  });
});
