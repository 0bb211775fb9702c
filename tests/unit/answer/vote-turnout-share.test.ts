import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A commission gives a council vote's turnout as a share, the number who cast ballots, a mayor's tally and the share
// of an earlier vote; a second pair of reports gives the capital's share by the commission (no month written) and by
// monitors (the month written).
const VOTE = {
  'vellmark-polls.txt': `Voters in Vellmark stay away from council polls
Lowland Courier, 3 May 2031

The Vellmark electoral commission said on Sunday that 38.4 percent of eligible voters took part in Friday's council election, the lowest figure since the charter of 1990.

About 9.2 million people cast ballots across the country, the commission's chief Oren Dask told reporters. In the capital, Brask, only 2.1 million voted.

Alder Vonn, the mayor of Brask, was re-elected with a tally of 1.4 million votes, the commission said.

In the 2027 council election, the turnout was 57%.
`,
};

const CAPITAL = {
  'commission.txt': `Commission gives figures for council vote
Lowland Courier

The chief of the Vellmark electoral commission, Oren Dask, said the turnout in the capital, Brask, was 31.2 percent, the weakest of any district.

He said counting would end within two days.
`,
  'watch.txt': `Monitors dispute council vote figures
Harbour Post, 4 May 2031

Vellmark Watch, a group of volunteer monitors, said on 3 May 2031 that fewer than 12 percent of voters in Brask had cast a ballot in the council election.

The group sent observers to 300 polling stations.
`,
};

describe("a vote's turnout is a share", () => {
  let vote: ArchiveIndex;
  let capital: ArchiveIndex;
  beforeAll(async () => {
    vote = await archiveOfTexts(VOTE);
    capital = await archiveOfTexts(CAPITAL);
  });

  it('GIVEN a share and a head count of voters WHEN the turnout of the election is asked THEN the share is the answer', () => {
    const { answer } = ask(vote, 'What was the turnout of the Vellmark council election according to the electoral commission?');
    expect(answer.answered).toBe(true);
    const head = answer.text.split('“')[0] ?? '';
    expect(head).toMatch(/38\.4/);
    expect(head).not.toMatch(/9\.2 million|1\.4 million/);
  });

  it('GIVEN an earlier vote\'s share WHEN the turnout of that year is asked THEN its own share is the answer', () => {
    const { answer } = ask(vote, 'What was the turnout in the 2027 council election?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/57/);
  });

  it('GIVEN the same report WHEN how many cast ballots is asked THEN the head count still answers', () => {
    const { answer } = ask(vote, 'How many people cast ballots across the country in the council election?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/9\.2 million/);
  });

  it("GIVEN the commission's share and monitors' share in a report writing the month WHEN the commission's is asked THEN the commission's share answers", () => {
    const { answer } = ask(capital, 'What was the turnout in Brask in the May 2031 council election according to the electoral commission?');
    expect(answer.answered).toBe(true);
    const head = answer.text.split('“')[0] ?? '';
    expect(head).toMatch(/31\.2/);
    expect(head).not.toMatch(/\b12\b/);
  });
});
