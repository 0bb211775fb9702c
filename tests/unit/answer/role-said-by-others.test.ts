import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What role did prosecutors say X played?": the role asked is X's; the ones saying it only source it.
const REPORTS = {
  'brem-harbour-verdict.txt': `Courier convicted over Brem harbour bomb plan

 date 2032-03-05 A court in Varn convicted Olek Sarn on Thursday of planning a bomb attack on a ferry in Brem harbour.

Sarn denied every charge and did not attend the hearing. His lawyer, Mira Tosk, said he would most likely appeal.

Prosecutors said that Sarn was the chief planner of the plan, and charged that he had hired the two drivers, Ivo Lask and Dana Pell, long before.
`,
};

describe('a role asked as what others say of it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN prosecutors are reported giving the man a part in the plan WHEN asked what role they said he played THEN that part is given', () => {
    const { answer } = ask(index, 'What role did prosecutors say Sarn played in the harbour bomb plan?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/chief planner/);
  });
});
