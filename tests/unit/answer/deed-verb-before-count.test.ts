import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "…, killing four people and wounding about 25": each number is the count of the verb right before it, "-ing" forms
 * too; asked how many were hurt, the count the wounding governs answers, not the people killed.
 */
const REPORTS: Record<string, string> = {
  'kelvar-march.txt': `Four dead in shelling of Kelvar camp

KESSIA - Shells and mortar rounds struck the Kelvar camp for exiles next to Kessia's airport before dawn Saturday, killing four people and wounding about 25, police and relief officials said.

The government said it launched an investigation.
`,
};

describe('the deed verb right before a count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "killing four people and wounding about 25" and "how many hurt?" THEN about 25, not the four killed', () => {
    const a = ask(index, 'kelvar camp shelling 2031, how many hurt?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^About 25/);
  });
});
