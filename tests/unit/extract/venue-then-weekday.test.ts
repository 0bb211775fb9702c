import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { findVenues } from '../../../src/extract/places.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A weekday written right after a venue's name, with no comma or "on" ("outside Carden Hall Tuesday"), tells when the
// gathering was, not the venue's name.
const REPORTS = {
  'carden-hall.txt': `Exiles rally at Carden Hall for the strikers of Kessia
Published: 9 March 2036 | Lake Herald

LORN, March 8 (Lake Herald) — Some two hundred members of Lorn's Kessian community rallied just outside Carden Hall Tuesday to back the strikers.
`,
};

describe('a weekday after a venue', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "rallied just outside Carden Hall Tuesday" THEN the venue is Carden Hall', () => {
    expect(findVenues('Exiles rallied just outside Carden Hall Tuesday to back the strikers.').map((v) => v.venue)).toEqual(['Carden Hall']);
  });

  it('GIVEN a month after a venue, "at Merrow Square March 3" THEN the venue is Merrow Square', () => {
    expect(findVenues('A vigil was held at Merrow Square March 3 for the prisoners.').map((v) => v.venue)).toEqual(['Merrow Square']);
  });

  it('GIVEN the report WHEN where the rally was held is asked THEN Carden Hall in Lorn, without the weekday', () => {
    const { answer } = ask(index, 'Where did the Kessian exiles rally in Lorn?');
    expect(answer.answered).toBe(true);
    // (The answer before the sentence it quotes.)
    const stated = answer.text.split('The report says')[0] ?? '';
    expect(stated).toMatch(/held at Carden Hall, Lorn/);
    expect(stated).not.toMatch(/Tuesday/);
  });
});
