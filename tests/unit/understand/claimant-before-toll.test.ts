import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "whats the krw death toll for the varn protests", "amnesty's death toll": the body named right before the toll
// is the one whose figure is asked, as in "what toll did KRW give"; another body's figure, however well its sentence
// fits the occasion, is no answer. A place before the toll ("the Kastel death toll") is what is counted, not who counts.
const REPORTS = {
  'varn-ministry.txt': `Valdor ministry gives toll of Varn protests

By Dana Roe, Orvel Courier
May 2, 2031

The Valdor health ministry said 37 people were killed in the Varn protests that followed the death of the student Lio Varn in custody.
`,
  'krw-update.txt': `Rights group: 412 killed in Valdor

By Sam Kell, Kessel Post
May 20, 2031

The Kessel Rights Watch (KRW) said in its newest tally that 412 people, 40 of them children, have died since the unrest in Valdor began.
`,
};

describe('a body named before the toll is its claimant', () => {
  it('GIVEN "the krw death toll" or "amnesty\'s death toll" THEN the body is the claimant; a place is not', () => {
    expect(analyseQuestion('whats the KRW death toll for the varn protests').claimant).toEqual(['KRW']);
    expect(analyseQuestion("what was Amnesty's death toll for the protests").claimant).toEqual(['Amnesty']);
    expect(analyseQuestion('whats the Kastel death toll', () => false, (w) => w === 'kastel').claimant).toBeUndefined();
  });

  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN another body’s figure that names the occasion WHEN the toll of the body named is asked THEN that figure is not given', () => {
    const { answer } = ask(index, 'whats the krw death toll for the varn protests');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/\b37\b/);
  });
});
