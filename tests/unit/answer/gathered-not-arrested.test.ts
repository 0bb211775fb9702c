import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "more than 9,000 people gathered in Tolvik in response to the detention of …": the people a past verb of gathering
 * has right after them were at the rally; they are no count of the detentions the sentence names further on.
 */
const REPORTS: Record<string, string> = {
  'tolvik-rally.txt': `Thousands rally in Tolvik for jailed poet

TOLVIK — Banners and drums filled the harbour square of Tolvik on Sunday afternoon as the crowd called for the release of the poet Arvid Lenmark.

Harbour police have estimated that more than 9,000 people gathered in Tolvik in response to the detention of the poet in March for allegedly insulting the governor.

The rally, organised by the Friends of Free Verse, ended peacefully at the town hall.
`,
};

describe('a crowd that gathered over a detention', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "9,000 people gathered … in response to the detention" WHEN asked how many were arrested THEN declines', () => {
    const a = ask(index, 'how many were arrested in Tolvik that day?').answer;
    expect(a.text).not.toMatch(/9,000/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same sentence WHEN asked how many gathered THEN more than 9,000', () => {
    const a = ask(index, 'how many people gathered in Tolvik?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/9,000/);
  });
});
