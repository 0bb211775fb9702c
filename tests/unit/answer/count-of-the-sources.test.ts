import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "The figures …, said two of the ministry officials who provided them, …": the two are the report's sources, no
// crowd; they do not answer how many attended a meeting. A wire's lead-in "(Larkspur Wire) –" names the publisher.
const REPORTS = {
  'tallies.txt': `(Larkspur Wire) – After a week of unrest in Dorvel, Governor Ansel Varg lost patience. Gathering his top aides and councillors
About 700 people were killed in the sweep that followed. The toll, given to the Larkspur Wire by three ministry clerks, included 40 pupils.
The figures given to the Larkspur Wire, said two of the ministry officials who provided them, rest on records from clinics, morgues and police posts.
The governor's office declined to comment on the March 3 meeting.
Later that night in his private residence at
`,
};

describe('the sources of a report are no crowd', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two officials are the sources of a toll WHEN how many attended the meeting is asked THEN not in the archive', () => {
    const { answer } = ask(index, "How many officials attended the March 3 meeting at Varg's residence where he gave the order?");
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a wire lead-in "(Larkspur Wire) –" WHEN the toll is asked THEN the cited report is credited to the wire', () => {
    const { answer } = ask(index, 'how many people were killed in the Dorvel sweep?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/700/);
    expect(answer.citations[0]?.source).toBe('Larkspur Wire');
  });
});
