import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "The prison terms against A, B and C, which were upheld by the high court on June 3, …": a relative clause about the
// very thing the question names dates the deed asked, even told in an irregular past ("uphold", "upheld").
const REPORTS = {
  'appeal.txt': `High court confirms terms for three Brenn strikers
Published: 8 June 2038 | Marrow Sentinel

The prison terms against Oskar Lind, Vera Toll and Jan Hesk, which were upheld by the Marrow High Court on June 3, 2038, show how harshly strikers are now punished, said a union leader.
Their lawyers said they would ask for a review.
`,
};

describe('a relative clause dating the thing asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the terms were upheld on June 3 in a relative clause WHEN when the court upheld them is asked THEN June 3 is given', () => {
    const { answer } = ask(index, 'When did the Marrow High Court uphold the prison terms of Lind, Toll and Hesk?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 3/);
  });
});
