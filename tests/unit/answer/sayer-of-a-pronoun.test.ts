import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Lorsa said …. She also said …": asked who said the second thing, the one "she" stands for, not a place or body
// the second sentence names.
const REPORTS = {
  'harbour-truce.txt': `Harbour truce agreed in Kelsport

Port authorities in Kelsport and the dockers' union agreed a truce on Tuesday after talks at the town hall.
Mayor Ilsa Lorsa said the truce would begin at dawn. She also said the city kept the right to close the harbour to ships supplied by Marrowby.
The union did not comment on the talks.
`,
};

describe('the sayer a pronoun stands for', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "She also said the city kept the right to close the harbour" THEN who said it is the mayor named before', () => {
    const a = ask(index, 'Who said the city kept the right to close the harbour?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Lorsa/);
    expect(a.text.split('“')[0]).not.toMatch(/Marrowby/);
  });
});
