import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A guest described as someone's aide ("Ada Marsh, a close adviser of US President John Holt"): the
// president is whom she serves, not a guest. Splitting a name after "of" at a given name ("the mayor of Vernay Jean
// Perrin") had made "John Holt" a guest of his own, with "adviser of US President" as his role.
const REPORTS = {
  'camp-opening.txt': `Exiles open their new town near Durvik
Harbour Courier
14 July 2039

Thousands of members of the Varnian opposition opened their new town near Durvik on Saturday.

Many foreign officials attended the opening, among them Ada Marsh, a close adviser of US President John Holt, Senator Ivo Brandt and former minister Lea Corvin.
`,
};

describe('a title before the name of the one a guest serves', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Ada Marsh, a close adviser of US President John Holt, Senator Ivo Brandt …" WHEN asked which officials attended THEN the guests, not the president she serves', () => {
    const { answer } = ask(index, 'Which foreign officials attended the opening of the town near Durvik?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Ada Marsh/);
    expect(answer.text).toMatch(/Ivo Brandt/);
    expect(answer.text).not.toMatch(/John Holt \(/);
  });
});
