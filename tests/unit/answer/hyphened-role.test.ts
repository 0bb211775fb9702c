import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A role written with a hyphened prefix before the name: the prefix is part of the role.
const REPORTS = {
  'dock-strike.txt': `Dock workers walk out in Pellmouth
Harbour Gazette, 7 September 2038

Some 800 dock workers stopped work in Pellmouth on Monday over a pay freeze.

"We will stay out until the offer is doubled," dockers' union co-leader Tessa Morrow told a local radio station.
`,
};

describe('a role with a hyphened prefix', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "union co-leader Tessa Morrow" WHEN "who is tessa morrow" THEN her role is the co-leader, not a leader', () => {
    const { answer } = ask(index, 'who is tessa morrow');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/co-leader/);
  });
});
