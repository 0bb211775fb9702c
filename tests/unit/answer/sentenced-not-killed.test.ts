import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "the rumour that 9,000 strikers had been sentenced to death": a sentence passed is no death. Asked how many were
 * killed, the count of those sentenced never answers; the count of the dead does.
 */
const REPORTS: Record<string, string> = {
  'marvell-strikes.txt': `Strikes spread across Marvell as courts harden

VESKO — Rights monitors in Marvell say the crackdown on the dockers' strikes has grown deadlier this month.

The rumour that 9,000 strikers have been sentenced to death spread quickly on messaging apps, but it was later shown to be false.

The Harbour Watch group says that 212 strikers, including 14 teenagers, have already been killed since the strikes began.
`,
};

describe('a count sentenced to death is no count of the dead', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "9,000 strikers have been sentenced to death" and "212 strikers … killed" WHEN asked how many were killed THEN 212, never 9,000', () => {
    const a = ask(index, 'how many strikers were killed?').answer;
    expect(a.text).not.toMatch(/9,000/);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/212/);
  });

  it('GIVEN the same report WHEN asked how many were sentenced to death THEN 9,000', () => {
    const a = ask(index, 'how many strikers were sentenced to death in Marvell?').answer;
    expect(a.text).toMatch(/9,000/);
  });
});
