import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A press release's pull quote: a line with no opening mark that closes on ” before a dash and the speaker's name
// ("… we thank you.”— Congresswoman Ada Holt (D-VA)"). The words are hers.
const REPORTS = {
  'briefing.txt': `At Assembly Briefing, Majority Backs Bill 9

May 4, 2031
Lawmakers spoke at a briefing on Bill 9.
VARN, May 4, 2031 / — Sponsors of Bill 9 joined a briefing to announce their support. Addressing the briefing were Rep. Ada Holt (D-VA) and Rep. Piet Grau (R-OH).
This month we thank the nurses of Ostria. I salute the brave nurses who stood firm, we thank you.”— Congresswoman Ada Holt (D-VA)
Chairman Piet Grau said, “the right to vote freely is the future of Ostria.”
`,
};

describe('a pull quote signed after a dash', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, we thank you.”— Congresswoman Ada Holt (D-VA)" WHEN what Ada Holt said is asked THEN her words', () => {
    const { answer } = ask(index, 'what did Ada Holt say at the Bill 9 briefing in May 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/brave nurses/);
  });
});
