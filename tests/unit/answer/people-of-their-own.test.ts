import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A number followed by people of its own ("over 900 others") counts those people: asked a noun the sentence never
// counts ("how many students"), it is no answer.
const REPORTS = {
  'orm-crackdown.txt': `Orm protests: toll at 31, more than 900 held, monitors say
Published: 14 May 2031 | Meridian Wire

A rights group reported on Friday that, on the marches that began when Lena Varo died in a cell, Orm’s security forces had killed 31 protesters and arrested over 900 others.
Four of the dead were children, the Tessa Rights Desk (TRD) said.
By the group's count, 912 people have been held since the marches began.
`,
};

describe('a number with people of its own', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "arrested over 900 others" WHEN how many students were arrested THEN not 900', () => {
    const { answer } = ask(index, 'How many students were arrested by security forces during the 2031 Orm protests according to TRD?');
    expect(answer.text.split('“')[0]).not.toMatch(/900/);
  });

  it('GIVEN the same report WHEN how many people were arrested THEN answered', () => {
    const { answer } = ask(index, 'How many people were arrested during the 2031 Orm protests according to TRD?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/900|912/);
  });
});
