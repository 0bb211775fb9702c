import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which MEP said he had pushed … to hear from Aron Sallis?": the person the question names is given, never part of
// the answer, even when the sentence that answers names them beside the one asked.
const REPORTS = {
  'corvel-vote.txt': `The Corvel Assembly voted on Thursday for a motion urging Ostria to free jailed reporters.

While most groups backed the motion, MEP Hans Kornet claimed on Friday that, although he had pushed for the chamber to hear from Ostria's exiled prince, Aron Sallis, “the other groups' negotiators would not put this in the text.”
`,
};

describe('a person the question names is not the answer', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "MEP Hans Kornet … to hear from …, Aron Sallis" WHEN which MEP is asked naming Aron Sallis THEN Hans Kornet alone', () => {
    const { answer } = ask(index, 'Which MEP said he had pushed for the chamber to hear from Aron Sallis?');
    const head = answer.text.split(/—|\(according/)[0]!;
    expect(head).toMatch(/Hans Kornet/);
    expect(head).not.toMatch(/Sallis/);
  });
});
