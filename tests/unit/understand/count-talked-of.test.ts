import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A commission chief's words on a vote's turnout, beside the head count and the share he gave.
const REPORTS = {
  'dask.txt': `Commission chief defends council vote
Lowland Courier, 5 May 2031

About 9.2 million people cast ballots in Friday's council election, the Vellmark electoral commission said, a turnout of 38.4 percent.

"We are content with the number of voters and the turnout, given the storms," the commission's chief Oren Dask told a news conference in Brask.

Opposition groups had urged a boycott of the vote.
`,
};

describe('a count talked of, not asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN his words on the turnout WHEN what he said about the number of voters is asked THEN his words answer, not a figure', () => {
    const { answer } = ask(index, 'What did Oren Dask say about the number of voters and the turnout in the council election?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/content with the number of voters/);
    expect(answer.text.split('“')[0]).not.toMatch(/9\.2 million/);
  });

  it('GIVEN the same report WHEN why he was content with the turnout is asked THEN no head count is the answer', () => {
    const { answer } = ask(index, 'Why did Oren Dask say he was content with the turnout?');
    expect(answer.text.split('“')[0]).not.toMatch(/9\.2 million|38\.4/);
  });

  it('GIVEN the same report WHEN the turnout itself is asked THEN the share answers', () => {
    const { answer } = ask(index, 'What was the turnout in the council election?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/38\.4/);
  });
});
