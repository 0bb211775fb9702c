import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "towards 14 Harrow Street": a house number is no count of the people who gathered.
const REPORTS = {
  'harrow-rally.txt': `Photos from the Quiet Waters rally

Four hundred people massed in Harrow Street to protest against any bombing of Orvin at a rally called by the Quiet Waters coalition.
`,
  'harrow-march.txt': `Exiles march against the bombing of Orvin

Exiles marched in Dunmere on Saturday against the bombing of Orvin.

Carrying banners, the group gathered at Lantern Square to begin their march towards 14 Harrow Street, where the foreign ministry has its offices.
`,
};

describe('a house number is no count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "gathered at Lantern Square to begin their march towards 14 Harrow Street" THEN 14 is not how many gathered', () => {
    const a = ask(index, 'How many people gathered at Lantern Square for the march against the bombing of Orvin?').answer;
    expect(a.text.split('“')[0]).not.toMatch(/\b14\b/);
  });

  it('GIVEN a count of the rally in Harrow Street THEN it still answers', () => {
    const a = ask(index, 'How many people gathered in Harrow Street for the Quiet Waters rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Four hundred people/);
  });
});
