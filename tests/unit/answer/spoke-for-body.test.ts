import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "who spoke for the police at the Tolvik march?": a co-organiser who spoke there does not speak for the police; only
 * someone the report ties to the body asked ("police spokesman Jon Hale") answers.
 */
const REPORTS: Record<string, string> = {
  'tolvik-march.txt': `Tolvik march draws 9,000 for jailed poet: harbour police

A march in Tolvik Saturday that drew an estimated 9,000 people called on the council to free the poet Arvid Lenmark.

Co-organizer Ilse Varna said the focus of the march was to make visitors aware of the poet's case.

"We are here because words are not crimes," she said.
`,
  'dunmere-vigil.txt': `Vigil in Dunmere for the jailed poet

About 300 people held a vigil in Dunmere on Monday for the poet Arvid Lenmark.

Police spokesman Jon Hale said the vigil in Dunmere was calm and no one was detained.
`,
};

describe('who spoke for a body', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a co-organiser spoke WHEN asked who spoke for the police at the Tolvik march THEN declines', () => {
    const a = ask(index, 'who spoke for the police at the Tolvik march?').answer;
    expect(a.text).not.toMatch(/^Ilse Varna/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN "Police spokesman Jon Hale said …" WHEN asked who spoke for the police at the Dunmere vigil THEN Jon Hale', () => {
    const a = ask(index, 'who spoke for the police at the Dunmere vigil?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Jon Hale/);
  });
});
