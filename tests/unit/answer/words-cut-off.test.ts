import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A scraped page cut off right after "In a statement, the X said": the words are not in the archive, and the stub
// of the sentence is no answer to what X said.
const REPORTS = {
  'delta-clashes.txt': `Clashes on the Delta coast leave hundreds dead

 date 2031-05-04 Fighting between the river guard and armed bands in the Delta coast villages killed at least 300 people over three days, the Lantern Watch monitor said on Sunday.

The Lantern Watch said most of the dead were fishermen shot in their homes in the villages of Obrin and Selm.

Marit Sollen, the monitor's director, said "the killing has to stop before the harvest."

The fighting drew wide condemnation abroad. In a statement, the Northern Union said
`,
};

describe('words cut off after the verb of saying', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a page that stops at "In a statement, the Northern Union said" WHEN asked what the Northern Union said THEN the stub is not given as its words', () => {
    const { answer } = ask(index, 'What did the Northern Union say in its statement on the Delta coast clashes?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same page WHEN asked what the monitor director said THEN her words are given', () => {
    const { answer } = ask(index, 'What did Marit Sollen say about the killing?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/before the harvest/);
  });
});
