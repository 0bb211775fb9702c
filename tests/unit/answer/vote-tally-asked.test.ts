import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What was the vote?" asks a tally. A sentence of the report telling only that a vote was held gives none; the
// tally the same report writes a line later ("61 YES votes, 22 NO votes, and 17 abstentions") answers.
const REPORTS = {
  'drava-motion.txt': `On 4 May, at its spring sitting, the Selmar Assembly voted on the motion on the rights of river workers in Drava. The full text of the motion put forward by Pira is on the assembly's site.
Vote details
- The motion passed with 61 YES votes, 22 NO votes, and 17 abstentions. Most of the support came from the river states.
`,
  'corvel-reporters.txt': `The Corvel Assembly on Friday voted 54 to 30, with 9 abstentions, to ask Ostria to free its jailed reporters.
`,
};

describe('the tally of a vote asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the tally a line after the sentence telling of the vote WHEN what was the vote THEN the tally', () => {
    const { answer } = ask(index, 'What was the vote on the Drava river workers motion in the Selmar Assembly?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/61/);
    expect(answer.text).toMatch(/22/);
    expect(answer.text).toMatch(/17/);
  });

  it('GIVEN "voted 54 to 30, with 9 abstentions" WHEN what was the vote THEN that sentence still answers', () => {
    const { answer } = ask(index, 'What was the vote in the Corvel Assembly on the jailed reporters of Ostria?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/54 to 30/);
  });
});
