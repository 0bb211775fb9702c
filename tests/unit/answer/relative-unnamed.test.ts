import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which nephew of X was killed?" asks who the nephew was. A sentence telling only that "Mr X's nephew" died names
// nobody the question does not already name; quoted as the answer, it tells nothing asked. A sentence naming him
// answers. (Reports written for the tests; people and places invented.)
const REPORTS = {
  'orsk-clashes.txt': `Deadly clashes in Orsk
Published: 9 October 2033 | Lantern Review

Among Sunday's dead was a nephew of Ivo Marn, the opposition figure. Police say they never fired at the crowd.

The family said the body had been taken from the hospital without their consent.
`,
  'vell-clashes.txt': `Vell mourns
Published: 10 October 2033 | Harbour Wire

Lena Kord's son, Arvo Kord, was among the dead in Vell on Sunday, his family said.
`,
};

describe('a relative of a named person asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only "Ivo Marn\'s nephew was among those killed" WHEN which nephew of Ivo Marn was killed THEN not in the archive', () => {
    const { answer } = ask(index, 'Which nephew of Ivo Marn was killed on Sunday?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a sentence naming the son WHEN which son of Lena Kord died THEN the sentence naming him', () => {
    const { answer } = ask(index, 'Which son of Lena Kord died in Vell?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Arvo Kord/);
  });
});
