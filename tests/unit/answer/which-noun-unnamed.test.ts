import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Outside which academy did Brisk students demand justice?": a passage telling of "students outside an academy in
 * Brisk" writes the noun asked only after "an": the report leaves it unnamed there, and quoting it names nothing.
 */
const REPORTS: Record<string, string> = {
  'brisk-students.txt': `Students in Brisk call for justice after the ferry sinking

Students outside an academy in Brisk have called for justice after the port authority admitted it had ignored the storm warning on May 3.

The authority said some 40 students had gathered, and that the rally ended peacefully.
`,
};

describe('a passage that leaves unnamed the thing asked by "which"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "students outside an academy in Brisk" THEN "outside which academy" is declined, not answered with that sentence', () => {
    const a = ask(index, 'Outside which academy did Brisk students demand justice after the port authority admitted ignoring the storm warning?').answer;
    expect(a.answered).toBe(false);
  });
});
