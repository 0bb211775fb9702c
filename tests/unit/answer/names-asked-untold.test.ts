import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What were the names of the two …": the people asked are named only by an answer naming that many people; the
// spokesman who told of them, or a place, is no answer.
const REPORTS = {
  'dorvia-clerks.txt': `Dorvia sends two Kessland consulate clerks home

 date 2030-06-02 Dorvia has sent home two clerks of the Kessland consulate, its spy agency said on Friday.

"Two clerks from the Kessland consulate in Ostrava were told to leave Dorvia on May 14," said Piet Hallam, a spokesman for the Dorvian Security Office.

Hallam would not say why the clerks were sent home. "I am not able to say more about it," he added.

Earlier this year, Lunor and Varesia detained four Kessland envoys suspected of a plan to bomb an exile gathering near Brem.
`,
  'tamsk-pilots.txt': `Harbour board fires two pilots after Tamsk collision

 date 2030-08-11 The Tamsk harbour board fired two pilots on Monday after a ferry struck the north pier last week.

The board named the two pilots as Ilse Varro and Jonas Tepp, both with the board for over ten years.
`,
};

describe('the names of several people asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the two clerks are never named WHEN asked their names THEN the spokesman is not given as the answer', () => {
    const { answer } = ask(index, 'What were the names of the two Kessland consulate clerks sent home from Dorvia in May?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/^Piet Hallam/);
  });

  it('GIVEN the four envoys are never named WHEN asked who they were THEN no name is given for them', () => {
    const { answer } = ask(index, 'What were the names of the four Kessland envoys detained by Lunor and Varesia?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a sentence names the two pilots WHEN asked who they were THEN the answer stands, from that sentence', () => {
    const { answer } = ask(index, 'who were the two pilots fired after the Tamsk collision');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Tepp/);
  });
});
