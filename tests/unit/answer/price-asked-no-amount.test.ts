import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A price asked is answered by an amount: a caption that only dates a picture of the protests against the rise
// states none.
const REPORTS = {
  'orlin-bread.txt': `Shoppers pass a bakery in Orlin whose windows were smashed during…

Shoppers pass a bakery in Orlin whose windows were smashed during protests against bread price rises, on May 4, 2022 in the old quarter. (Photo by LENA VOSK/Harbour Images)

Crowds returned to the old quarter on the third evening of unrest.
`,
  'tesk-fares.txt': `Tesk ferry fares go up

The single ferry fare from Tesk to the islands rose to 14 crowns on Monday, the port authority said.
`,
};

describe('a price asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a dated caption tells of the rise THEN the price per loaf is not answered with it', () => {
    const a = ask(index, 'whats the bread price per loaf after the rise in may 2022').answer;
    expect(a.text).not.toMatch(/Photo by/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN a sentence states the fare THEN the fare answers', () => {
    const a = ask(index, 'what is the ferry fare from Tesk after the rise?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/14 crowns/);
  });
});
