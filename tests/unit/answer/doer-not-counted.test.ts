import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A crackdown told by what the guards did ("border guards killed 27 people"): the guards are its doers, and a count
// asked of the guards themselves is not that figure.
const REPORTS = {
  'dorva-market-crackdown.txt': `Crackdown at the Dorva market

The Telmic Rights Watch said on Monday that border guards killed 27 people, including four teenagers, when they fired on traders at the Dorva market on 3 May 2031.

Witnesses said the guards shot from the roof of the customs house for nearly an hour.

The provincial governor called the traders rioters and promised an inquiry.
`,
};

describe('the doer of a deed on a figure is not what it counts', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "border guards killed 27 people" THEN "how many border guards were killed" is declined, never 27', () => {
    const a = ask(index, 'How many border guard members were killed at the Dorva market?').answer;
    expect(a.text).not.toMatch(/\b27\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same sentence THEN how many people the guards killed is still answered', () => {
    const a = ask(index, 'How many people were killed at the Dorva market?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b27\b/);
  });
});
