import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A body's spokeswoman the report calls its "rep" ("Mara Ilves, a rep for the Kessa Rights Office, said …"): asked
// for the spokeswoman's words, her words answer; a check that a post asked is written near the words had declined them.
const REPORTS = {
  'hangings.txt': `Rights office deplores two hangings in Varnia
Lowland Gazette
4 May 2037

"We regret these hangings deeply," Mara Ilves, a rep for the Kessa Rights Office, told reporters after the deaths of two young men in Varnia.

Ilves added that one of them had been arrested at sixteen.
`,
};

describe('a spokeswoman written as a body\'s rep', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Mara Ilves, a rep for the Kessa Rights Office, said …" WHEN asked what the rights office spokeswoman said THEN her words', () => {
    const { answer } = ask(index, 'What did the Kessa Rights Office spokeswoman say about the hangings?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/regret these hangings/);
  });
});
