import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A spokeswoman's quoted words, then a sentence of hers that only "she said" credits. Asked what she said about the
// blaze that left nine dead, the sentence holding "dead" is read; her quoted words just before it, which the pronoun
// goes on from, are given first.
const REPORTS = {
  'clinic-blaze.txt': `Clinic blaze in Dorvan leaves nine dead
Published: 4 June 2034 | Valley Times

DORVAN, June 3 (Valley Times) — A blaze tore through the children's clinic in Dorvan on Monday night, the regional health office said.
Health office spokeswoman Petra Ose visited the ruins on Tuesday morning with the fire chief.
“This is a tragedy for the whole valley and we owe the families answers,” Ose said. Two of the dead were nurses on the night shift, she said.
Investigators are examining the wiring of the east wing.
`,
};

describe('words whose speaker only a pronoun tells', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…,” Ose said. Two of the dead were nurses …, she said." WHEN what Ose said about the blaze is asked THEN her quoted words come first, then the words the pronoun tells, both cited', () => {
    const { answer } = ask(index, 'What did Ose say about the clinic blaze where nine were left dead?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/“This is a tragedy for the whole valley and we owe the families answers”.*Two of the dead were nurses/);
    expect(answer.citations.map((c) => c.excerpt).join(' ')).toContain('This is a tragedy for the whole valley');
  });
});
