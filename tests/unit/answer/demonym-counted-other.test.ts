import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A sinking told by its total dead, with the peoples aboard only listed ("There were also 61 Varnians …") and the
// people's adjective written all over the report ("the Varnian navy"): a count asked of that people is never the total.
const REPORTS = {
  'kessa-ferry-sinking.txt': `The Varnian navy admits it sank ferry Marlin

The Varnian navy has admitted that it sank the ferry Marlin off Kessa on Tuesday, 4 March 2031, after days of denial.

The Varnian government had said the ferry went down in a storm.

212 people were killed in the sinking. Of those, 90 of the passengers were bound for Osk and 40 of those aboard were Oskan citizens. There were also 61 Varnians, 9 Telmics and four Dravians on board.

Families gathered at the quay of Kessa on Wednesday to wait for news.
`,
  'osk-returns.txt': `Returns from Osk rise

The monitors said the closing of the border camps had sped up Telmic expulsions from Osk, with 18,400 sent back in May 2031 alone.
`,
};

describe('a people counted by name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the total dead is told with a verb THEN "how many Varnians died" is not answered with 212', () => {
    const a = ask(index, 'How many Varnians died on ferry Marlin?').answer;
    expect(a.text).not.toMatch(/\b212 people\b/);
    if (a.answered) expect(a.text).toMatch(/\b61\b/);
  });

  it('GIVEN "Telmic expulsions from Osk, with 18,400 sent back" THEN how many Telmics were sent back is still answered', () => {
    const a = ask(index, 'How many Telmics were sent back from Osk in May 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/18,400/);
  });

  it('GIVEN the total is asked THEN it is still answered', () => {
    const a = ask(index, 'How many people were killed in the sinking of ferry Marlin?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b212\b/);
  });
});
