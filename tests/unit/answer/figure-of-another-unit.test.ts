import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many executions did Varnia carry out?" asks a count of executions. A sentence that speaks of Varnia's
// executions but gives as its only figure the country's population ("Varnia (62 million inhabitants)") does not tell
// it. The executions counted in Kestland answer.
const REPORTS = {
  'death-penalty-review.txt': `Death penalty review for the year
Published: 3 February 2037 | Justice Watch Bulletin

Monitors counted at least 311 executions in Kestland in the year, a sharp rise.

Varnia (62 million inhabitants) probably carries out more executions than Kestland, but its government publishes almost nothing about them.
`,
};

describe('a figure of another unit', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the population of Varnia WHEN its executions are asked THEN not the population', () => {
    const { answer } = ask(index, 'How many executions did Varnia carry out in the year according to the monitors?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b62 million\b/);
  });

  it('GIVEN the same report WHEN the executions in Kestland are asked THEN their count', () => {
    const { answer } = ask(index, 'How many executions were carried out in Kestland?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b311\b/);
  });
});
