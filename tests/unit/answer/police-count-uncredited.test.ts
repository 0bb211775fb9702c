import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The crowd is counted in a sentence that names the police only as watching; the police's own figure is vague.
const REPORTS = {
  'shipyard-march.txt': `Shipyard march passes off calmly in Lorient
Channel Daily, 5 March 2039

Thousands of people walked through Lorient under a large police watch behind a banner reading "Keep our yard open".

The organising unions spoke of 9,000 marchers, while officers on the ground put the turnout at "a good few thousand".
`,
};

describe('a count asked as the police’s', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN police named only as watching the crowd WHEN "lorient shipyard march how many ppl did police say" THEN that count is not given as theirs', () => {
    const { answer } = ask(index, 'lorient shipyard march how many ppl did police say');
    if (answer.answered) expect(answer.text.split('“')[0]).toMatch(/police|good few thousand/i);
  });
});
