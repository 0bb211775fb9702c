import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report on an attack on a camp gives its own toll (61 deaths), then names a foreign office's report and quotes it
// ("It read: “… led to the deaths of 58 members …”"). Asked the toll according to that office's report, the bot gives
// 58, credited to the office, not the reporter's own 61: a count told as "the deaths of N" is a count of the killed, and
// "it" that reads is the report named just before.
const REPORTS = {
  'camp.txt': `Velm report blames brigade for camp attack
Harbour Wire, June 2, 2031

The camp at Ostra was attacked on May 1, 2031, by militia forces, which left 61 deaths and nine residents held as hostages, and much property in ruins.

The new Velm Foreign Office report entitled Militia Activity in the North explained that the Brant Brigade had planned and led the assault.

It read: “On May 1, 2031, an attack by the Brant Brigade on the camp at Ostra led to the deaths of 58 members of the Union of Exiles. Press reports claim the brigade planned the attack.”
`,
};

describe('a count quoted from a document named before it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "It read: “… led to the deaths of 58 members …”" after the Velm Foreign Office report WHEN asked the toll according to that report THEN 58, credited to it', () => {
    const { answer } = ask(index, 'According to the Velm Foreign Office report, how many people died in the May 2031 attack on the Ostra camp?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b58\b/);
    expect(answer.text).not.toMatch(/\b61\b/);
    expect(answer.text).toMatch(/Velm Foreign Office/);
  });

  it('GIVEN a count credited "according to the same sources" WHEN asked how many were executed since the protests in Ostra THEN the answer does not credit "same sources"', async () => {
    const other = await archiveOfTexts({
      'ostra.txt': `Ostra protests: arrests and executions
Harbour Wire, July 9, 2031

Rights monitors in Velm said more than 300 people were arrested during the March 2031 protests in Ostra. Since then, four political prisoners have been executed, according to the same sources.
`,
    });
    const { answer } = ask(other, 'How many political prisoners were executed after the March 2031 protests in Ostra?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Four political prisoners/i);
    expect(answer.text).not.toMatch(/same sources \(/);
    expect(answer.text).not.toMatch(/according to same sources/);
  });
});
