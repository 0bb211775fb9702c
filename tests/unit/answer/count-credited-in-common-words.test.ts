import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report naming a rights group at its head, then giving a toll "according to local activists": that toll is the
// activists', not the group's.
const REPORTS = {
  'orsk-square-shooting.txt': `Lantern Watch fears more deaths in Orsk

Lantern Watch said on Sunday it was alarmed by reports of new shootings in the hill town of Vell.

Orsk saw a deadly crackdown on 12 April 2031 in which riot units killed 47 people, among them 9 children, according to local activists.

The regional police chief denied that his units had fired on the crowd.
`,
};

describe('a count credited to sources in common words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, according to local activists" THEN a count asked of Lantern Watch is declined', () => {
    const a = ask(index, 'How many children were killed in Orsk according to Lantern Watch?').answer;
    expect(a.text).not.toMatch(/\b9 children\b|^9\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same sentence THEN the count asked of the activists is still answered', () => {
    const a = ask(index, 'How many children were killed in Orsk according to local activists?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b9\b/);
  });
});
