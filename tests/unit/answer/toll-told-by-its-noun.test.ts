import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A rights body's running toll told by nouns of the deed ("212 deaths among demonstrators", "1,480 injuries"), its
// second sentence opening "It also documented …". Answers read "212 deaths among demonstrators were killed", and
// credited the injuries to the newspaper, not to the body "it" stands for.
const REPORTS = {
  'varnia-toll.txt': `Monitor raises toll of the Varnia crackdown
Eastern Courier
3 December 2038

The Varnia Rights Watch said on Tuesday it had recorded 212 deaths among demonstrators since the unrest began in October.

It also documented 1,480 injuries and more than 9,000 arrests across forty towns.

The interior ministry has given no figures of its own.
`,
};

describe('a toll told by the noun of its deed, and "it" as its claimant', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "212 deaths among demonstrators" WHEN asked how many protesters were killed THEN the deaths, without "were killed" after them', () => {
    const { answer } = ask(index, 'How many protesters were killed in Varnia?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/212 deaths among demonstrators/);
    expect(answer.text).not.toMatch(/demonstrators were killed/);
    expect(answer.text).toMatch(/according to (the )?Varnia Rights Watch/i);
  });

  it('GIVEN "It also documented 1,480 injuries" after the Watch\'s sentence WHEN asked how many were injured THEN the Watch is credited, not the newspaper', () => {
    const { answer } = ask(index, 'How many people were injured in the Varnia crackdown?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,480/);
    expect(answer.text).toMatch(/according to (the )?Varnia Rights Watch/i);
    expect(answer.text).not.toMatch(/according to Eastern Courier/i);
  });
});
