import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A toll told after numbers of places ("marches in … all 12 provinces …" and then "the death toll … stands at over
// 200"): the toll counts people, never the provinces counted before it.
const REPORTS = {
  'ostria-marches.txt': `Rights chief Vera Dunn said there had been marches in “over 90 towns and 20 colleges in all 12 provinces of Ostria” since early May and that “by a careful count the death toll now stands at over 200, with at least 15 children among them.”
`,
};

describe('a toll after a count of places', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "all 12 provinces … the death toll … stands at over 200" WHEN how many were killed THEN over 200 people', () => {
    const { answer } = ask(index, 'How many people were killed in the marches in Ostria?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/200/);
    expect(answer.text.split('“')[0]).not.toMatch(/provinces/);
  });
});
