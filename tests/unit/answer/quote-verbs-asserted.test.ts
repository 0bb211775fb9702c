import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Quotes attributed with "she asserted", "he contended": verbs of saying like "she stressed". Asked what the speaker
// said, the quote is given as theirs.
const REPORTS = {
  'hearing.txt': `Exile leader heard by the Osrian Senate
Published: 8 March 2046 | Osrian Record

Velden – The Osrian Senate heard the Tarvel exile leader Mirela Ostrand on Tuesday, at a session on the junta's arrests.

Turning down both soft words for the junta and a foreign war, Ostrand backed the “Fourth Path”—change won by the Tarvel people and their own movement. “The one way out of this crisis is free elections held under the eyes of the world,” she asserted. She then listed the prisoners still missing.

Senator Joram Pell called it the “only honest course”. “Trade with the junta must wait until the prisons are opened,” he contended.
`,
};

describe('quotes attributed with "asserted" and "contended"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a quote closed by "she asserted" WHEN what the speaker said was the way out is asked THEN her words, as hers', () => {
    const { answer } = ask(index, 'What did Ostrand say was the one way out of the crisis?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Ostrand/);
    expect(answer.text).toMatch(/free elections/);
  });

  it('GIVEN a quote closed by "he contended" WHEN what the senator said is asked THEN his words', () => {
    const { answer } = ask(index, 'What did Senator Joram Pell say about trade with the junta?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/prisons are opened/);
  });
});
