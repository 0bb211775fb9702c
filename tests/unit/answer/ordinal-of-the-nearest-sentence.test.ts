import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The report tells of a march held after the first round of a vote and names the second round only as still to
// come. A count asked of the march "after the second round" is of another march: declined. Asked of the first round,
// it answers.
const REPORTS = {
  'tarvik-march.txt': `Exiles march in Tarvik after first round of Velmorian vote
Published: 30 June 2036 | Northern Ledger

Several thousand exiles marched through central Tarvik on Sunday, after the first round of Velmoria's presidential vote.
Police put the crowd at about 4,500 by early evening, and more people kept arriving from the station.
The exiles' council, which called the march, said the vote was a sham because every rival candidate had been barred.
About 48 million Velmorians may vote, and the second round is set for Friday, July 11.
`,
};

describe('a thing numbered both ways in one report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the march followed the first round WHEN the police count of the march after the second round is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'How many people did police count at the Tarvik march after the second round of the Velmorian presidential vote?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the march followed the first round WHEN the police count after the first round is asked THEN the count answers', () => {
    const { answer } = ask(index, 'How many people did police count at the Tarvik march after the first round of the Velmorian presidential vote?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/4,500/);
  });
});
