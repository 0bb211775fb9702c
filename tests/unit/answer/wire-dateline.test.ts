import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A press release on a newswire opens with the wire's dateline ("Velden, Osria, May 9, 2045 / Wirecast / --"): that is
// the day it was filed. The hearings it tells of were held on days it writes only as "5/2" and "5/6". Asked when a
// hearing was held, the filing day is no answer. A release whose dateline is followed by the day of its own hearing
// keeps that day.
const REPORTS = {
  'release.txt': `Lawmakers back the Tarvel exiles at two hearings
VELDEN, OSRIA, May 9, 2045 / Wirecast / -- Members of both chambers joined retired generals at two hearings on the Tarvel junta, held 5/2 in the Upper Chamber's Grey Room and 5/6 in the Lower Chamber's Amber Room.
Senator Pia Laurend said the exiles deserved a hearing of their own.
`,
  'hearing.txt': `Upper Chamber hearing on Tarvel
Published: 20 June 2045 | Osrian Record

Lawmakers held a hearing on the Tarvel junta in the Copper Room on June 14, 2045, with exiles in the gallery.
`,
};

describe("a newswire's dateline", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a release filed on May 9 WHEN when the hearing in the Amber Room was held is asked THEN not the filing day', () => {
    const { answer } = ask(index, 'When was the hearing held in the Amber Room?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/May 9/);
  });

  it('GIVEN a report dating its hearing WHEN when the hearing in the Copper Room was held is asked THEN that day', () => {
    const { answer } = ask(index, 'When was the hearing held in the Copper Room?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 14/);
  });
});
