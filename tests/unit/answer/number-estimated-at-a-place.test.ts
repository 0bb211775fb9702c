import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Police estimated the number at Lindenplatz and along Kaiserallee at about 5,000": where the crowd stood comes
// between "the number" estimated and its value; the value is still the crowd's. And "what did police estimate the
// crowd at" asks the same as "estimated".
const REPORTS = {
  'brenn-protest.txt': `Exiles protest in Brenn after Valdor's vote

Several thousand people joined a protest against the Valdor government in central Brenn on Saturday, after the first round of Valdor's parliamentary vote.
Police estimated the number at Lindenplatz and along Kaiserallee in the city centre at about 5,000 by early afternoon, with more still arriving.
Some 40 million Valdorians are entitled to vote in the election.
`,
};

describe('a number estimated with a place between', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "estimated the number at <places> at about 5,000" WHEN what police estimated the crowd at is asked THEN 5,000 is given', () => {
    const { answer } = ask(index, 'what did police estimate the crowd at in brenn at the protest after the first round of the vote?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/5,000/);
    expect(answer.citations[0]?.excerpt).toMatch(/Police estimated the number/);
  });
});
