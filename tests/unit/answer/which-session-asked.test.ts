import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A minister's speech to an assembly told in one sentence, the session's number in another ("the 81st session of the
// Assembly"). Asked which session he addressed, the bot gives the number with the sentence writing it, not the
// sentence of the speech that numbers nothing; a report numbering no session is declined.
const REPORTS = {
  'kessa-assembly.txt': `Exiles rally as Varnian minister addresses the Northern Assembly
Kessa Courier

KESSA — Foreign minister Teodor Halm addressed the Northern Assembly on Tuesday as Varnian exiles rallied outside the hall.

This year's gathering is the 81st session of the Assembly, at which each member state may speak once.
`,
  'lindau-council.txt': `Varnian envoy speaks to the Lindau council
Lindau Post

LINDAU — The Varnian envoy Petra Olm spoke to the Lindau city council on Friday while a few dozen exiles held a vigil in the square.
`,
};

describe('which session asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the number in another sentence WHEN asked which session the minister addressed THEN the 81st', () => {
    const { answer } = ask(index, 'Which session of the Northern Assembly did Teodor Halm address?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/81st/);
  });

  it('GIVEN no session numbered WHEN asked which session of the council the envoy spoke at THEN no unnumbered answer', () => {
    const { answer } = ask(index, 'Which session of the Lindau council did Petra Olm speak at?');
    if (answer.answered) expect(answer.text).toMatch(/\d+(?:st|nd|rd|th)\b/);
  });
});
