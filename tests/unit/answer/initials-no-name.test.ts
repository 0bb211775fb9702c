import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Former U.S. Senator X addressed the crowd": the stop of the abbreviation cuts "Former U." off the title, and
 * initials alone are nobody — no speaker to list beside X.
 */
const REPORTS: Record<string, string> = {
  'ostrov-square.txt': `On Saturday, the Old Square of Ostrov hosted one of the largest gatherings of Vardanian exiles. Convened by the Exile Council, thousands of demonstrators assembled at the Old Square to demand a new policy towards the regime in Brenn.

The Council's chair Ilse Korven stressed that the goal is a free and secular republic.

Former U.S. Senator Tomas Velic addressed the crowd and argued that the future of Vardania lies with its own people. He added that “the regime fears its citizens more than any army.”
`,
};

describe('initials cut from a title', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Former U.S. Senator X addressed the crowd" THEN "Former U." is not listed as a speaker', () => {
    const a = ask(index, 'Who addressed the crowd at the Old Square rally in Ostrov apart from Ilse Korven?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Velic/);
    expect(a.text.split('“')[0]).not.toMatch(/\bU\.\s*(?:,|\(|$)/);
  });
});
