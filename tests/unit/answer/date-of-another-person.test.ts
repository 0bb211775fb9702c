import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// One sentence, two people: a day told in one person's clause is not the day of what the other clause says of the
// other (who has not been tried yet).
const REPORTS = {
  'orsk-poets-trial.txt': `Two poets held in Orsk

Rights lawyers in Orsk voiced alarm about the cases of poets Dara Velick and Imre Sostan.

Velick was condemned to ten years by the Orsk appeals bench on March 4, and Sostan was charged but has not yet been tried.

Both men were detained during the winter strikes.
`,
};

describe('a day told of another person in the same sentence', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Velick was condemned … on March 4, and Sostan … has not yet been tried" THEN Sostan\'s day is not March 4', () => {
    const a = ask(index, 'When was Imre Sostan condemned to ten years?').answer;
    expect(a.text).not.toMatch(/March 4/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same sentence THEN Velick\'s day is March 4', () => {
    const a = ask(index, 'When was Dara Velick condemned to ten years?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 4/);
  });
});
