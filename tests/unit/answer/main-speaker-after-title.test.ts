import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who was the main speaker?" told as "The main speaker at this gathering was the elected head of the Velan Council
 * (VC), Ana Brel.": the name the sentence sets equal to the words asked answers, a long title and a phrase of
 * occasion between them notwithstanding, before a word of another sentence that only shares "main" with the question.
 */
const REPORTS: Record<string, string> = {
  'oriel-congress.txt': `Foreign guests meet the exiles at Camp Oriel

A large congress on Varnia was held at Camp Oriel on 9 August 2030, where the main opposition Syrian group keeps its offices.

Guests from many parliaments sat among the thousands of exiles living at the camp.

The main speaker at this gathering was the elected head of the Velan Council of Exiles (VCE), Ana Brel.

Brel said the old order in Varnia was close to its end.
`,
};

describe('a main speaker named after a long title', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The main speaker at this gathering was the elected head of …, Ana Brel" THEN she is the main speaker', () => {
    const a = ask(index, 'who was the main speaker at the Camp Oriel congress in August 2030?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Ana Brel/);
  });
});
