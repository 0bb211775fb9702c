import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where is the Monitor based?" against "… killed at least 61 protesters in the city of Oster, according to the Valdor
// Rights Monitor, a group based in Geneva": the place told as the body's base answers, not the sentence's other town.
const REPORTS = {
  'dunmere-march.txt': `Exiles march in Dunmere
Published: 21 March 2032 | Dunmere Daily Wire

DUNMERE (DDW) — Thousands of exiled Valdorians marched through central Dunmere on Saturday, calling for the fall of the ruling council.

The march came a week after security forces in Valdor killed at least 61 protesters in the city of Oster, according to the Valdor Rights Monitor, a group based in Lindau.
`,
};

describe('where a body is based', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "according to the Valdor Rights Monitor, a group based in Lindau" in a sentence placing a killing in Oster WHEN where the Monitor is based is asked THEN Lindau', () => {
    const { answer } = ask(index, 'where is the Valdor Rights Monitor based?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Lindau\b/);
  });
});
