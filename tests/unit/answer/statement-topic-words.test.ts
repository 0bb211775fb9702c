import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What did X call the women life freedom slogan?": of X's statements, the one about that slogan ("She added the
 * protest slogan of “women, life, freedom” is a “timeless” message …"), not X's other quotes that share none of its
 * words.
 */
describe('a statement asked by what it was about', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-square.txt': `Korvik protesters show support for the uprising in Vardania

Marsh Courier

Protesters gathered once more in Korvik to show solidarity with the uprising in Vardania.

Rights activist Mira Oskarsen estimated a few thousand people attended the rally in Harbour Square on Saturday.

Ms Oskarsen said: “Protesters came to Harbour Square to show their support for the women's uprising in Vardania.

“This is an uprising, with women at its head, that will bring the junta to an end.

“It will open a new era on the whole coast.”

She added the protest slogan of “women, life, freedom” is a “timeless” message that has “moved the whole coast”.

Ms Oskarsen continued: “From Harbour Square, protesters have formed a human chain to the Council House to call on the government to close the junta's consulate.

“The people of Vardania, our young generation, will bring this to the Korvik rally and
`,
    });
  });

  it('GIVEN "what did Oskarsen call the women life freedom slogan" THEN the sentence about that slogan', () => {
    const a = ask(index, 'and what did Oskarsen call the women life freedom slogan at that Korvik rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/timeless/);
  });
});
