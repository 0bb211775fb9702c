import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A sentence telling a vote's tally and, in the same breath, deaths: the numbers bound to a side of the vote ("nine
// against", "7 abstentions") count votes, never people killed.
const REPORTS = {
  'corvel-motion.txt': `In a motion adopted by a vote of 31 in favour, nine against and 7 abstentions, the Corvel Council strongly condemned the crackdown on marchers in Ostria resulting in the death of dozens of people.
`,
  'ostria-toll.txt': `Ostria's rights chief Vera Dunn said at least 40 marchers had been killed in the crackdown, including 6 children.
`,
};

describe('a vote tally beside a toll', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "31 in favour, nine against and 7 abstentions … the death of dozens" WHEN how many were killed THEN no side of the vote is a toll', () => {
    const { answer } = ask(index, 'How many people were killed in the crackdown on marchers in Ostria?');
    expect(answer.text).not.toMatch(/against were killed|abstentions were killed|in favour were killed/);
  });
});
