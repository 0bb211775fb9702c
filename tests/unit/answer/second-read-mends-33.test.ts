import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Checks merged this stop that declined answers their reports give (found by a second read of the merges): each case
// below is a report of the genre in invented words where a check had gone too far.
const REPORTS = {
  'hang.txt': `Two prisoners hanged in Kessa
Published: 14 March 2031 | Varnia Rights Monitor

Three men were hanged in Kessa Prison on Wednesday, the Varnia Rights Monitor said. Their families were not told beforehand.
`,
  'orvel.txt': `Reporters detained in Orvel
Published: 2 May 2031 | Northern Wire

Two female journalists were arrested in Orvel on Friday while covering a strike at the port. Their editor said they were released late at night.
`,
  'zarin.txt': `Arrests in Zarin after the funeral
Published: 9 June 2031 | Exile Voice

The Kurdish rights group Helvar reported a wave of arrests across the western provinces this week. At least 46 people were arrested in Zarin after the funeral of a young teacher, the group said.
`,
};

describe('second read of the merges of stop 33: answers the reports give are given', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Three men were hanged in Kessa Prison" and no other count in the report WHEN how many prisoners were executed is asked THEN the three men answer (a part is declined only beside another count)', () => {
    const { answer } = ask(index, 'How many prisoners were executed in Kessa Prison on Wednesday?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/three men/i);
    expect(answer.citations[0]?.title).toMatch(/Two prisoners hanged in Kessa/);
  });

  it('GIVEN "Two female journalists were arrested" WHEN how many journalists were arrested is asked THEN two answers ("female" describes the journalists counted)', () => {
    const { answer } = ask(index, 'How many journalists were arrested in Orvel?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Two female journalists/);
  });

  it('GIVEN a count "…, the group said" in a report naming the group Helvar WHEN the count according to Helvar is asked THEN it answers (a one-word source may be a group)', () => {
    const { answer } = ask(index, 'How many people were arrested in Zarin, according to Helvar?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/According to Helvar, at least 46/);
  });
});
