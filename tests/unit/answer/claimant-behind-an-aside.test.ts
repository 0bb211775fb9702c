import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "The Harbour Ministry, in a statement to the Post, said …": the body before the aside makes the claim, not the paper
// it spoke to; and "the number could be over 900" goes on counting the deaths the clause before counted.
const REPORTS = {
  'dockers.txt': `Dock strike toll far higher than admitted
Published: 20 June 2035 | Gull Bay Herald

At least 150 dockers died when the Gull Bay strike was broken last month, a rights circle said.
The Harbour Ministry, in a statement to the Tidewater Post, said it believes that many hundreds of dockers were killed, and has read accounts that the number could be over 900.
`,
};

describe('a claimant named before an aside that names another body', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a ministry spoke in a statement to a paper WHEN its toll is asked THEN the ministry is credited, not the paper', () => {
    const { answer } = ask(index, 'What did the Harbour Ministry say about how many dockers were killed in the Gull Bay strike?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/According to Harbour Ministry/);
    expect(answer.text).not.toMatch(/Tidewater Post/);
  });

  it('GIVEN "the number could be over 900" after a count of the killed WHEN the figures are listed THEN over 900 is a death toll of the ministry', () => {
    const over = index.data.figures.find((f) => f.text === 'over 900');
    expect(over?.measure).toBe('killed');
    expect(over?.claimant).toBe('Harbour Ministry');
  });
});
