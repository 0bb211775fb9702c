import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A toll and its parts in one sentence: the part after "including" answers only a question asking that part.
const REPORTS = {
  'norvale-clashes.txt': `Clashes in the Norvale hills

The death toll in the Norvale hills has now risen to at least 417, including 58 members of border units and allied militias, and 36 fighters loyal to Garrow, according to the Lowland Monitor.

Roads into the hills stayed closed on Sunday.
`,
};

describe('a part told after "including"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "at least 417, including 58 members of border units" THEN the overall toll is never answered with 58', () => {
    const a = ask(index, 'What was the total toll in the Norvale hills, according to the Lowland Monitor?').answer;
    expect(a.text).not.toMatch(/^58\b|^At least 58\b/);
    if (a.answered) expect(a.text).toMatch(/\b417\b/);
  });

  it('GIVEN the part THEN "how many members of border units were killed" is answered with it', () => {
    const a = ask(index, 'How many members of border units were killed in the Norvale hills?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b58\b/);
  });
});
