import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "with members of the Norland parliament also present": the parliament is the body those people belong to, not
// where the rally stood; asked where the rally was, the square the police counted the crowd on is the answer.
const REPORTS = {
  'brenn-protest.txt': `Exiles protest in Brenn after Valdor's vote

Several thousand people joined a protest against the Valdor government in central Brenn on Saturday, after the first round of Valdor's parliamentary vote.
Police counted the crowd at Lindenplatz and along Kaiserallee in the city centre at about 5,000 by early afternoon, with more still arriving.
The organisers had registered the protest for up to 7,000 people, with members of the Norland parliament also present.
The Valdor Freedom Council, an exile movement founded in 1985, called the protest.
`,
};

describe('members of a body are not a place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "with members of the Norland parliament also present" WHEN where in the town the protest was is asked THEN the square is given, not the parliament', () => {
    const { answer } = ask(index, 'Where in Brenn was the protest after the first round of the Valdor vote?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lindenplatz/);
    expect(answer.text).not.toMatch(/^the Norland parliament/i);
    expect(answer.citations[0]?.excerpt).toMatch(/Police counted the crowd/);
  });
});
