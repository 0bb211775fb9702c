import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* A truce and a ceasefire are one thing: "who drafted the truce?" is answered by "drafted … a ceasefire". */
describe('truce and ceasefire', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'varnia-ceasefire.txt': `Council approves 20-day ceasefire in Varnia

The Harbour Council on Friday demanded a 20-day ceasefire in Varnia as rescuers in the western hills pleaded for aid.

The ceasefire text was drafted by the Kelmark Foreign Office after a week of talks.
`,
    });
  });

  it('GIVEN "the ceasefire text was drafted by X" THEN "who drafted the truce?" names X', () => {
    const a = ask(index, 'who drafted the varnia truce?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kelmark Foreign Office/);
  });
});
