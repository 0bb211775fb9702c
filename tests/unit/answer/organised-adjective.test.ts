import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who organised the rally?" against "… the image of an organized opposition": "organized" describing a noun tells
 * of no one organising the rally, so the body named in that sentence is not its organiser.
 */
const REPORTS: Record<string, string> = {
  'ostrov-square.txt': `On Saturday, May 10th, the Old Square of Ostrov became the stage for one of the largest gatherings of Vardanian exiles. In a show of strength, thousands of demonstrators assembled at the Old Square to demand a new policy towards the regime in Brenn.

The march, held on the 30th anniversary of the Vardanian Workers League (VWL), sought to project the image of an organized opposition ready to take power.
`,
};

describe('"organized" as an adjective', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "an organized opposition" beside a body THEN that body is not the organiser', () => {
    for (const q of ['who organised the ostrov old square rally in may', 'who organised the old square rally in ostrov?']) {
      const a = ask(index, q).answer;
      expect(a.answered && /^[^“]*(?:VWL|Workers League)/.test(a.text)).toBe(false);
    }
  });
});
