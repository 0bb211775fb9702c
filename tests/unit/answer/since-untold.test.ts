import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// One day's hangings are named; the running total since the truce is not given in any sentence read.
const REPORTS = {
  'kessia-spies.txt': `Kessia hangs two more men it accused of spying
Lake Herald, 30 August 2040

Kessia on Thursday hanged two men it said had passed maps of army bases to a foreign service.

The judiciary named the two men executed as Oren Batu and Sami Kell.
`,
};

describe('a count asked from a day on', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only one day\'s hangings WHEN "how many men hanged for spying since june" THEN not in the archive', () => {
    const { answer } = ask(index, 'how many men hanged for spying since june');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same report WHEN the day\'s hangings are asked THEN two is the answer', () => {
    const { answer } = ask(index, 'how many men did kessia hang for spying on thursday');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\btwo\b|\b2\b/i);
  });
});
