import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A vote in a chamber: "passed by 301 votes in favour, 12 against, and 40 abstentions". Asked how many abstained, the
// abstentions answer ("abstained" and "abstentions" are one word family, as "voted" and "votes" are). A photo's caption
// closed by its credit ("…, May 3, 2031 (credit: …)") dates the picture, never the vote or the debate before it.
const REPORTS = {
  'ostria-motion.txt': `The Corvel Assembly voted on Thursday in favour of a motion urging Ostria to free jailed reporters.

The motion was passed by 301 votes in favour, 12 against, and 40 abstentions.

The motion followed a tense debate on Tuesday, in which its backers listed the arrests of reporters in Ostria.

A cyclist rides by a painted wall honouring jailed reporters in Tarsa, Ostria, May 3, 2031 (credit: JON DOE/NORTH PICTURES)

Assembly speaker Ruth Lamm wrote, “The reporters of Ostria must be free.”
`,
};

describe('a vote in a chamber, and a captioned photo in its report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "… and 40 abstentions" WHEN how many abstained is asked THEN 40', () => {
    const { answer } = ask(index, 'how many abstained on the Ostria reporters motion?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split(/[(:]/)[0]).toMatch(/\b40\b/);
  });

  it('GIVEN a caption "…, May 3, 2031 (credit: …)" WHEN when the debate was is asked THEN never the caption\'s day', () => {
    const { answer } = ask(index, 'when was the tense debate before the Corvel Assembly vote on the Ostria reporters motion?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/May 3|2031/);
  });

  it('GIVEN a caption "…, May 3, 2031 (credit: …)" WHEN when the vote was is asked THEN never the caption\'s day', () => {
    const { answer } = ask(index, 'When did the Corvel Assembly vote on the Ostria motion?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/May 3|2031/);
  });
});
