import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Two Kessa Rallies Back the Strikers" counts rallies, with their town's name between the number and the noun: asked
// how many people were at the Kessa rally, "two" is no crowd (the report gives none).
const REPORTS = {
  'kessa-two-rallies.txt': `Harbour News

Two Kessa Rallies Back the Jailed Strikers

Two Kessa Rallies Back the Jailed Strikers After the Verdict

Kessa, 4 April 2039 – Supporters of the jailed dock strikers gathered first outside the port authority in Kessa, then in front of the city court, calling for the release of the strike leaders.
`,
};

describe('gatherings counted are not the people there', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Two Kessa Rallies" WHEN the people at the Kessa rally are counted THEN not "two"', () => {
    const { answer } = ask(index, 'how many people at the kessa rally in 2039');
    expect(answer.text.split('Closest')[0]).not.toMatch(/\btwo\b/i);
  });
});
