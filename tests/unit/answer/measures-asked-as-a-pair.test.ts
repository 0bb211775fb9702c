import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor's report gives the dead among the disappeared, and the count its files list "as detained or disappeared", of
// whom some "have been released". Asked for the detained or disappeared it recorded, the count of both answers (not the
// dead, not the released, who are no count of the missing).
const REPORTS = {
  'brenn-monitor.txt': `Monitor counts the vanished of Brenn

Lake Herald Staff

March 2, 2031

At least 6,410 people who vanished in the custody of the Brenn security police are thought to be dead, the Brenn Rights Watch (BRW) says.
The monitor said that of the 9,275 people its files list as detained or forcibly disappeared since 2024, just 1,130 have been released.
`,
};

describe('two measures asked as one count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a count "listed as detained or forcibly disappeared" WHEN asked how many detained or disappeared people the monitor lists THEN that count', () => {
    const { answer } = ask(index, 'how many detained or disappeared people does the Brenn Rights Watch list in its files?');
    expect(answer.text).toMatch(/9,275/);
    expect(answer.text).not.toMatch(/1,130/);
  });

  it('GIVEN "just 1,130 have been released" WHEN asked how many disappeared THEN the released are not given as the disappeared', () => {
    const { answer } = ask(index, 'how many people disappeared in Brenn?');
    // (The answer may quote the sentence that tells of the released: only what it states before the quote is checked.)
    expect(answer.text.split('“')[0]).not.toMatch(/1,130/);
  });

  it('GIVEN "just 1,130 have been released" WHEN asked, of those listed as detained or disappeared, how many have been released THEN the released, not the listed', () => {
    const { answer } = ask(index, 'Of all the people the Brenn Rights Watch lists as detained or disappeared, how many have been released?');
    expect(answer.text).toMatch(/^1,130\b/);
  });
});
