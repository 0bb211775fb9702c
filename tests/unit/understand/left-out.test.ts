import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "left out of the count" is what a report writes "excluded" or "omitted": asked one way and written the other, it
// picks the figure left out, not the total counted.
const REPORTS = {
  'kestavia-tally.txt': `Monitor documents 4,210 deaths in Kestavia
Northern Times

The Harbour Monitor documented at least 4,210 deaths in Kestavia's conflict in 2029, it said in its yearly report.

A further 612 deaths reported to the monitor lacked enough detail and were excluded from the tally.
`,
};

describe('left out of a count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "612 deaths … were excluded from the tally" WHEN how many deaths were left out is asked THEN 612, not the total', () => {
    const { answer } = ask(index, 'the harbour monitor tally for kestavia left out some reported deaths for lack of detail, how many?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^612\b/);
    expect(answer.text.split('“')[0]).not.toMatch(/4,210/);
  });
});
