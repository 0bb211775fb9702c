import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "jan 2027 vardania protests - how many dead so far?": a report that never writes 2027 and names only later years
 * (2031) was written later; its toll counts a later unrest, not the one asked.
 */
describe('a count asked for a year before every year a report names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'mersk-arrests.txt': `Vardanian lawmaker says 900 arrested

MERSK, Vardania, January 9, 2027 — A Vardanian lawmaker said Tuesday that some 900 people were arrested in the days of protests that shook Vardania over the past two weeks.

At least 14 people have been killed in the unrest surrounding the protests, which began on Dec. 29, 2026 in the northern city of Ostbury.
`,
      'court-appeal.txt': `Vardania's top court hears a protester's appeal

Vardania has already executed three people involved in unrest that erupted in March 2031.

In an updated death toll issued Monday, the Halden-based group Vardania Rights Watch said 390 protesters were killed so far.
`,
    });
  });

  it('GIVEN a toll in a report naming only 2031 THEN it does not answer for jan 2027', () => {
    const a = ask(index, 'jan 2027 vardania protests - how many dead so far?').answer;
    expect(a.answered && /390/.test(a.text)).toBe(false);
  });

  it('GIVEN the year the report names THEN its toll answers', () => {
    const a = ask(index, 'march 2031 vardania protests - how many dead so far?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/390/);
  });
});
