import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Which Syrian trade minister gave the figure?": the nationality asked is told by the country's name with a
 * possessive before the office and its holder ("Syria’s Trade Minister Ilse Korda said"), not only by the adjective.
 * Another country's minister, so written in a report that never names Syria, is still not one of them.
 */
describe('a nationality told as "<Country>’s <Office> <Name>"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'tariffs.txt': `Grain exports fall by a third, ministers say

Harbour Ledger

October 2, 2030

DASK, Oct. 2 — Grain exports over the past nine months fell to 418,000 tonnes, a drop of a third on last year, Syria’s Trade Minister Ilse Korda said on Thursday.

Officials in the capital said more barges would be hired before the winter.
`,
      'ships.txt': `Ships held at the border since summer

Coast Review

October 4, 2030

Chile’s Farm Minister Olaf Rinn said on Saturday that 62 grain ships had been held at the border since the summer.
`,
    });
  });

  it('GIVEN "Which Syrian trade minister gave the export figure of 418,000 tonnes?" THEN Ilse Korda', () => {
    const a = ask(index, 'Which Syrian trade minister gave the export figure of 418,000 tonnes?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ilse Korda/);
  });

  it('GIVEN a Syrian minister asked of another country\'s minister\'s figure THEN no answer (not Olaf Rinn)', () => {
    const a = ask(index, 'Which Syrian farm minister said 62 grain ships had been held at the border?').answer;
    expect(a.answered).toBe(false);
  });
});
