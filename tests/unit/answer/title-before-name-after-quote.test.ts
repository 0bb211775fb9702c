import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// After a quote, a title in a few words, then the name and the verb, tells who said it ("“…,” retired ferry captain X
// told the crowd"): the quote is not the speaker of the paragraph before's.
const REPORTS = {
  'brisk-dam.txt': `Hundreds gather in Brisk to demand a new dam

Several hundred people gathered by the river in Brisk on Sunday to demand that the broken dam be rebuilt.

“The dam will be rebuilt within a year if the council keeps its word,” said Tomas Brandt, the town's former harbour master.

“We have waited long enough for the state to act on the flooding,” retired ferry captain Ilse Marrow told the crowd by phone.

The crowd left the riverbank before dark.
`,
};

describe('a title before the name that follows a quote', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…,” retired ferry captain X told the crowd" WHEN asked what X told the crowd THEN her words are given', () => {
    const { answer } = ask(index, 'What did Ilse Marrow tell the crowd in Brisk?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/waited long enough/);
  });

  it('GIVEN the quote before is the only one of the speaker before WHEN asked what he said THEN her words are not his', () => {
    const { answer } = ask(index, 'What did Tomas Brandt say at the Brisk river gathering?');
    expect(answer.text).not.toMatch(/waited long enough/);
  });
});
