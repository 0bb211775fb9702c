import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where did the organisers set up the stage?" asks where a thing was put: only a sentence naming the stage answers
// it, never the place a caption says the marchers gathered at.
const REPORTS = {
  'kessel-march.txt': `Rain fails to stop Kessel march for jailed poets

Thousands have poured into Kessel Square in solidarity with the poets jailed in Varnia, as their hunger strike reaches its 40th day.

Marchers met at noon by the Old Mint to begin the walk toward the square, where the writer Ilse Marrak is among those due to speak.

Marchers assemble at the Old Mint in Kessel before they walk to Kessel Square (Photo: Harbour Wire)

A stage stood ready beside the Lantern Fountain, set up by the organisers with banners of the jailed poets.
`,
};

describe('where a thing was put', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a caption on where marchers gathered WHEN asked where the organisers set up the stage THEN that place is not given as where the stage is', () => {
    const { answer } = ask(index, 'Where did the organisers set up the stage in Kessel Square?');
    expect(answer.text).not.toMatch(/^(?:The rally was held at )?(?:the )?Old Mint/i);
    if (answer.answered) expect(answer.text).toContain('Lantern Fountain');
  });
});
