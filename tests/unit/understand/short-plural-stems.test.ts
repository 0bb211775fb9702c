import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { stem } from '../../../src/understand/text.ts';

// "spy" asked, "spies" written: a five-letter plural in -ies meets its singular.
const REPORTS = {
  'orsk-sweep.txt': `Orsk police detain hundreds in hunt for informers

Police in Orsk have detained more than 340 people in a sweep against suspected spies working for a foreign service, the interior ministry said on Thursday.

The detentions followed a string of sabotage attacks on rail depots in the north.
`,
};

describe('short plurals in -ies', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('stems "spies" and "spy" alike, and "tried" with "try"', () => {
    expect(stem('spies')).toBe(stem('spy'));
    expect(stem('tried')).toBe(stem('try'));
  });

  it('GIVEN "detained more than 340 people in a sweep against suspected spies" THEN "tell me how many ppl orsk detained in the spy crackdown" gives 340', () => {
    const a = ask(index, 'tell me how many ppl orsk detained in the spy crackdown').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/340/);
  });
});
