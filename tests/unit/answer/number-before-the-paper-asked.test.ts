import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An invented monitor's toll and the parts of it it gives (children, police among the dead). A question naming the
// toll by its number before the paper's word ("per KRM in its 240 tally") states the count it asks within, not a
// second source: the part is answered from the monitor's sentence.
const REPORTS = {
  'krm-toll.txt': `Monitor puts Kessa unrest toll at 240

May 14, 2034

At least 240 people have been killed in two months of unrest in Kessa, according to estimates by the Kessa Rights Monitor (KRM).
Among the dead were 12 children and 27 police officers, KRM reported on Sunday.
The marches began in the port city of Ulden.
`,
  'other.txt': `Officials give their own figure for Kessa

May 20, 2034

Kessan officials said on Tuesday that 31 police officers had died in the unrest since March.
Rights groups said the true number of dead among marchers was far higher, and that children were among them.
`,
};

describe('a number before the paper\'s word is the count asked within, not a source (probe53)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the monitor\'s toll and its parts WHEN asked how many police were among the dead in its 240 tally THEN 27, credited to the monitor', () => {
    const { answer } = ask(index, 'how many police were among the dead per KRM in its 240 tally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b27\b/);
    expect(answer.text).toContain('KRM');
  });

  it('GIVEN the same reports WHEN asked how many children were among the dead in that tally THEN 12', () => {
    const { answer } = ask(index, 'how many children were among the dead, per KRM in its 240 tally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b12 children\b/);
  });
});
