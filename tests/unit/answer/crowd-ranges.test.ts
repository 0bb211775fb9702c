import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A crowd told as a range ("between X and Y", "X to Y") is stated whole: its first number alone is no figure the
// report gives. And "according to the organisers, the <Body>" credits the count to the organisers so named.
const REPORTS = {
  'pellor-rally.txt': `Exiles rally in Pellor for jailed teachers

Harbor Ledger

Pellor, 12 May 2031 — Between 5,000 and 7,000 people rallied on Saturday in Pellor's Market Square to demand the release of jailed teachers, according to the organisers, the Teachers' Solidarity League. Police put the crowd at 3,000 to 4,000.

"We will not be silent," said Mara Lindqvist, a spokeswoman for the league.
`,
};

describe('crowds told as ranges', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Police put the crowd at 3,000 to 4,000" WHEN the police estimate is asked THEN the answer states the range, never 3,000 alone', () => {
    const { answer } = ask(index, 'How many attended the Market Square rally according to police?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^3,000 to 4,000\b/);
    expect(answer.citations[0]?.file).toBe('pellor-rally.txt');
  });

  it('GIVEN "Between 5,000 and 7,000 people …, according to the organisers, the League" THEN the range is stated whole and credited to the organisers named', () => {
    const { answer } = ask(index, 'How many people rallied in Pellor?');
    expect(answer.text).toMatch(/^Between 5,000 and 7,000 people, according to the organisers, the Teachers' Solidarity League/);
  });
});
