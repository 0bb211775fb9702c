import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "On what date did the tribunal lift the ban on the march?" asks the day of the tribunal's deed, not the day of the
 * march: a sentence telling that deed answers it, else nothing does.
 */
const REPORTS: Record<string, string> = {
  'kessel-march.txt': `Tribunal allows exiles' march in Kessel

date 2031-05-03 KESSEL – The Kessel tribunal today allowed a march by Vardanian exiles.

Vardanian exiles will march on Sunday, May 4, in Harbour Square in Kessel.

On Friday, May 2, the Kessel tribunal overturned the order banning the march. The tribunal sentenced the city to pay the organisers 900 crowns.
`,
};

describe('the day of a deed done about an event', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the tribunal overturned the order banning the march" on May 2 THEN "when did the tribunal overturn the ban" is May 2', () => {
    const a = ask(index, 'When did the Kessel tribunal overturn the ban on the march?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/May 2/);
  });

  it('GIVEN no sentence that tells the tribunal "lifting" anything THEN the day of the march is not given as the day it was lifted', () => {
    const a = ask(index, 'On what date did the Kessel tribunal lift the prohibition on the Harbour Square demonstration?').answer;
    expect(a.answered && /May 4/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN the march asked itself THEN its day is still given', () => {
    const a = ask(index, 'When did the exiles march in Harbour Square?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/May 4/);
  });
});
