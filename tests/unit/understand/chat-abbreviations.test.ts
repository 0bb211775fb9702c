import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A rally backed by international groups. Asked with chat's "intl", the bot reads "international" and gives the count.
const REPORTS = {
  'brenn-rally.txt': `Exiles rally in Brenn
Published: 9 March 2031 | Brenn Courier

About 4,000 exiles marched through Brenn on Saturday, with some 150 international associations backing the march.
`,
};

describe('chat abbreviations of common words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a rally backed by international associations WHEN asked "how many intl associations" THEN 150', () => {
    const { answer } = ask(index, 'how many intl associations backed the brenn march');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/150/);
  });
});
