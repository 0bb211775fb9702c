import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A commission gives a council vote's head count and, in a sentence of its own, its participation rate as a share.
const REPORTS = {
  'rate.txt': `Commission reports low participation in council vote
Lowland Courier, 5 May 2031

About 9.2 million people cast ballots in Friday's council election, the Vellmark electoral commission said on Sunday.

The participation rate, the commission added, was 38.4 percent of those entitled to vote.
`,
};

describe("a vote's participation rate", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a head count and a share WHEN the participation rate is asked THEN the share is the answer itself', () => {
    const { answer } = ask(index, 'What participation rate did the electoral commission give for the council election?');
    expect(answer.answered).toBe(true);
    const head = answer.text.split('“')[0] ?? '';
    expect(head).toMatch(/38\.4/);
    expect(head).not.toMatch(/9\.2 million/);
  });
});
