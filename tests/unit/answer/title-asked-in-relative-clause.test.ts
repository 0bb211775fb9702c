import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who was the army captain who gave the toll?": a person asked by a rank, with a relative clause telling the deed,
// is named only by a sentence writing that rank beside a name. A report whose toll comes from a relief body and from an
// unnamed officer names no captain: the body is not the answer.
const REPORTS = {
  'haddar-shelling.txt': `Shelling hits displaced camp near Vosk
Published: 4 March 2031 | Valley Courier

Mortar rounds struck the Haddar displaced camp outside Vosk on Sunday, killing four residents, according to the Relief Union of Vosk. An army officer, who asked not to be named, gave six dead and eleven hurt.

Commander Ilse Marrow of the Relief Union said the camp had asked for shelters for months.
`,
};

describe('a rank asked with a relative clause', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no sentence naming a captain WHEN "who was the army captain who gave the toll" is asked THEN no one is named', () => {
    const { answer } = ask(index, 'Who was the army captain who gave the toll of the shelling of the Haddar camp?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/Relief Union|Marrow/);
  });

  it('GIVEN a commander named by rank WHEN "who was the commander who said the camp had asked for shelters" THEN her name', () => {
    const { answer } = ask(index, 'Who was the commander who said the Haddar camp had asked for shelters?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Marrow/);
  });
});
