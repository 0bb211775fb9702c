import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A count asked "per the UN" or "per HRANA" is refused from reports that never name the body asked; a report that
 * writes the body in full ("the United Nations", "the Human Rights Activists News Agency") names it.
 */
const REPORTS: Record<string, string> = {
  'arrests.txt': `Vardania court upholds first sentence

At least 9,000 people were arrested since the unrest began, the United Nations said last month, and the Kastel-based Human Rights Activists News Agency has put the figure at 12,000.
`,
};

describe('a source asked by its initials, written in full', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the United Nations said …, and the Human Rights Activists News Agency has put the figure at …" THEN asked per the UN and per HRANA, the report names both', () => {
    const a = ask(index, 'Vardania unrest: how many arrested per the UN, and per HRANA?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/9,000/);
  });
});
