import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "“That should be the stated policy of Norvia,” said Matz": words that open by pointing back say what they point to
 * only with the sentence before ("Matz said the junta should be dissolved"), which answers first.
 */
const REPORTS: Record<string, string> = {
  'dunmere-protest.txt': `Photos: Vardanian exiles outside the Assembly chant 'No to Orvek'

Protest by Vardanian exiles across from the Assembly hall in Dunmere on Thursday was widely covered by news media.

The Norvian Press reported that former senator Ada Lenk told those gathered in the rain at Kessel Square that thousands of people have been jailed under President Orvek, and former ambassador Ilan Matz said the Vardanian junta should be dissolved.

“That should be the stated policy of Norvia,” said Matz, who was ambassador to the Assembly from 2021 to 2023, the report added.
`,
};

describe('quoted words pointing back', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "what did Matz say should happen to the junta" THEN the sentence telling it ("dissolved"), not only “That should be …”', () => {
    const a = ask(index, 'What did Ilan Matz say should happen to the Vardanian junta, speaking at the rainy Dunmere protest?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/should be dissolved/);
  });
});
