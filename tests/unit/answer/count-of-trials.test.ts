import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many were put on trial" counts people brought before a court: a figure of arrests, or of deaths, is no answer.
const REPORTS = {
  'kessa-vote.txt': `Kessan opposition puts post-vote toll at 41
Velden Courier, 2 October 2031

An adviser to the defeated candidate Ilse Marrow said on Wednesday that 41 people had died in the violence after the disputed vote, up from 37 a month ago.

About 3,000 demonstrators were arrested in the first days after the vote in Kessa; most were freed within a week.
`,
};

describe('a count of people put on trial', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN counts of deaths and arrests WHEN "how many demonstrators were put on trial after the vote?" THEN not in the archive', () => {
    const { answer } = ask(index, 'How many demonstrators were put on trial after the 2031 vote?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/3,000|\b41\b/);
  });

  it('GIVEN the same report WHEN "how many demonstrators were arrested after the vote?" THEN about 3,000', () => {
    const { answer } = ask(index, 'How many demonstrators were arrested after the vote?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/3,000/);
  });
});
