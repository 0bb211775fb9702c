import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { DORVAN_CAMP } from './dorvan-camp-report.ts';

/*
 * "how much explosive did they have": an amount in a unit of weight, money or share ("300 grams"), never a bare count of
 * people or things ("the two suspects").
 */
const REPORTS = DORVAN_CAMP;

describe('an amount asked with "how much"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN \"how much explosive did the suspects have\" THEN the amount in grams, not the two suspects", () => {
    const a = ask(index, 'dorvan camp attack - how much explosive did the suspects have?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^300 grams/);
  });
});
