import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "the March 2031 motion": one report writes March ("On March 12, the Assembly adopted …, 288 votes in favour"), the
// other never does (it "voted on Thursday", 301 votes; its only full date is a photo's). The count of the report that
// writes the month asked answers, and the other report's count, of another occasion, is no other figure for it.
const REPORTS = {
  'a-undated.txt': `The Corvel Assembly voted on Thursday in favour of a motion on Ostria urging it to free jailed reporters.

The Corvel Assembly motion on Ostria was adopted by 301 votes in favour, 12 against, and 40 abstentions.

A cyclist rides by a painted wall honouring jailed reporters in Tarsa, Ostria, August 29, 2031 (credit: JON DOE/NORTH PICTURES)
`,
  'b-march.txt': ` date 2031-03-16 Ostrian deputies issued a statement on Monday rejecting the Corvel Assembly's latest motion.

On March 12, the Corvel Assembly adopted a motion condemning the jailing of reporters in Ostria.

The motion was passed with 288 votes in favour, 7 against, and 35 abstentions.
`,
};

describe('a count asked of a month, in two reports of which one writes that month', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN 288 votes in a report writing March and 301 in one that never does WHEN the March vote is asked THEN 288, never 301', () => {
    const { answer } = ask(index, "How many votes in favour did the Corvel Assembly's March 2031 motion on Ostria get?");
    expect(answer.text.split(/[(:]/)[0]).toMatch(/\b288\b/);
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/\b301\b/);
  });
});
