import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report often opens with an office ("…, the Council of Nations chief said") and names the person in the next
 * sentence ("Secretary-General Lena Marsk told the assembly …"). Asked who said it, the person is the answer, not the
 * office written without a name.
 */
const REPORTS: Record<string, string> = {
  'ostravia-reporters.txt': `Ostravia jailing reporters at a shocking pace, world body says

Ostravia is jailing reporters at “a shocking pace,” the Council of Nations chief said in a Tuesday address.

In the first half of the year, at least 41 reporters were jailed, Secretary-General Lena Marsk told the Council of Nations assembly, according to Nordwire.

Marsk urged Ostravia to free every reporter held for their work.
`,
  'velden-police.txt': `Velden march ends without incident

About 3,000 people marched through Velden on Saturday, a police spokesman said.

The march ended at the river gardens in the early evening.
`,
};

describe('an office, then the person holding it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the … chief said" then "Secretary-General Lena Marsk told the assembly" WHEN asked who told the assembly THEN Lena Marsk', () => {
    const a = ask(index, 'Who told the Council of Nations assembly that Ostravia was jailing reporters at a shocking pace?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Lena Marsk/);
    expect(a.citations[0]?.file).toBe('ostravia-reporters.txt');
  });

  it('GIVEN only "a police spokesman said" WHEN asked who gave the figure THEN no other name is made up', () => {
    const a = ask(index, 'who said 3,000 people marched through Velden?').answer;
    expect(a.text).not.toMatch(/^(?:Lena )?Marsk/);
  });
});
