import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Two stewards were punched and five men detained at a tenants' march in Harlow on Sunday": the place closes a
 * sentence whose two counts are joined by a bare "and", the first clause placing nothing of its own. Both counts are
 * of that march in Harlow; the first is not another place's because the town's name comes after the second.
 */
describe('a place after the last of two counts joined by "and"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'harlow-march.txt': `Stewards hurt at tenants' march in Harlow

Valley Gazette

June 8, 2031

Two stewards were punched and five men detained at a tenants' march in Harlow on Sunday, while the crowd was protesting against the new rent law.

Several hundred tenants had walked from the bus depot to the council offices, the organisers said.
`,
    });
  });

  it('GIVEN "how many stewards were punched at the tenants march in Harlow?" THEN two', () => {
    const a = ask(index, "How many stewards were punched at the tenants' march in Harlow?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\btwo\b/i);
  });

  it('GIVEN the men detained asked THEN five, not two', () => {
    const a = ask(index, 'How many men were detained at the march in Harlow?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\bfive\b/i);
    expect(a.text).not.toMatch(/^two\b/i);
  });
});
