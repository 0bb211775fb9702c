import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "no fewer than 6,210 strikers were detained in 48 towns": the towns are counted by the detaining ("detained in
 * 48 towns"). Asked in how many towns the strikes took place, that count of another deed answers nothing; asked in
 * how many towns strikers were detained, it does.
 */
const REPORTS: Record<string, string> = {
  'marvell-strikes.txt': `Dockers' strikes reach their third month in Marvell

VESKO — The Harbour Watch group said on Sunday that the crackdown on the dockers' strikes has not eased.

No fewer than 6,210 strikers were detained in 48 towns, the group said in its weekly report.

Security forces also raided union offices in the capital.
`,
};

describe('a count of places governed by another deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "6,210 strikers were detained in 48 towns" WHEN asked tersely in how many towns the protests took place THEN never 48', () => {
    const a = ask(index, 'harbour watch report - protests in how many towns?').answer;
    expect(a.text).not.toMatch(/\b48\b/);
  });

  it('GIVEN the same sentence WHEN asked in how many towns strikers were detained THEN 48', () => {
    const a = ask(index, 'in how many towns were strikers detained, per harbour watch?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b48\b/);
  });
});
