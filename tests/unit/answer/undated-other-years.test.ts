import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report with no date of its own, which writes other years ("ties were cut in 2015") and never the one asked, does
// not tell of a rally "in June 2029": its Sunday rally may be of any year. The report dated in 2029 answers.
const REPORTS = {
  'marrow-sunday.txt': `Exiles demand a voice after the Valdor crackdown

About 40 people gathered outside Marrow town hall on Sunday to speak out against the Valdor government.

"We are here to be the voice of the islands," said Ilse Varga, who was at the rally in Marrow.

Sunday's rally was organized to show support for the strikers, said Piet Oram, one of the main organizers.

Marrow has had no embassy of Valdor since 2015, and many at the rally asked the council to keep it that way.
`,
  'marrow-june.txt': `Marrow, June 3, 2029: Valdor exiles rally in the rain

Marrow, June 3, 2029: Exiles from Valdor and their friends held a rally in the rain in front of the Marrow courthouse.

Mr. Tomas Reel, a former harbour master, addressed the demonstrators and backed their demand for a free vote.
`,
};

describe('an undated report asked by a year it never writes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN an undated report writing only other years WHEN asked who spoke at the Marrow rally in June 2029 THEN its speaker is not given', () => {
    const { answer } = ask(index, 'Who spoke to the demonstrators at the Marrow rally in June 2029?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Varga/);
  });

  it('GIVEN the same archive WHEN asked who organized the Marrow rally in June 2029 THEN not the undated rally\'s organizer', () => {
    const { answer } = ask(index, 'Who organized the Marrow rally in June 2029?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Oram/);
  });

  it('GIVEN the same archive WHEN asked what Ilse Varga said THEN her words are given', () => {
    const { answer } = ask(index, 'What did Ilse Varga say?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/voice of the islands/);
  });
});
