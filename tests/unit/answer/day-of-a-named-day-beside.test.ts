import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A vigil held the day before a named day whose date is written in brackets ("Harvest Day (May 4)"): asked when the
// vigil was, its own day (the dateline's), never the named day's. A march held on a named day keeps that day.
const REPORTS = {
  'vigil.txt': `Tarvel exiles hold a vigil by the river
Brenholt, Osria—May 3, 2044: On the eve of the yearly Harvest Day (May 4), exiles from Tarvel and their friends held a candle vigil by the river against the hangings in their homeland.
They read out the names of nine prisoners who face the gallows.
`,
  'march.txt': `Unity Day march in Kessel
Published: 5 June 2044 | Kessel Post

On Unity Day (June 2), about 800 Tarvel exiles marched through Kessel to the old bridge.
`,
};

describe('a day in brackets after a named day', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a vigil on the eve of a named day WHEN when the vigil was held is asked THEN its own day, not the named day', () => {
    const { answer } = ask(index, 'When did the Tarvel exiles hold their vigil in Brenholt?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('(according')[0]).toMatch(/May 3/);
    expect(answer.text.split('(according')[0]).not.toMatch(/May 4/);
  });

  it('GIVEN a march on a named day WHEN when the march was is asked THEN that day', () => {
    const { answer } = ask(index, 'When did the Tarvel exiles march in Kessel?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 2/);
  });
});
