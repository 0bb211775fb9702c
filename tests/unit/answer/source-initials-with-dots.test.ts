import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "According to the US Labor Office" asked, "The U.S. Labor Office said …" written: the source's initials are the same
 * however they are dotted, so its count answers (it was declined as naming another source).
 */
const REPORTS: Record<string, string> = {
  'kessel-blast.txt': `Blast at Kessel depot

KESSEL, 3 May 2021 – A blast ripped through a fuel depot in Kessel on Monday.

The U.S. Labor Office said 40 workers were injured in the blast.

Local doctors said 55 people were hurt.
`,
};

describe('a source asked by its initials without dots', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the US Labor Office" asked and "The U.S. Labor Office said" written THEN its count answers, credited to it', () => {
    const a = ask(index, 'how many workers were injured in Kessel according to the US Labor Office?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^According to U\.S\. Labor Office \([^)]*\), 40 workers were injured/);
  });
});
