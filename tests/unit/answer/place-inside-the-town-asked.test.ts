import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Where in Brindle did the crowd gather?" against a report opening "the weekend saw vigils across the globe and in
 * the Northern Coast" and then "the crowd … packed the steps in front of the Old Mint in Brindle": the region of a
 * sentence that never names Brindle is not a place in Brindle; the place whose own sentence puts it there is.
 */
describe('a place asked inside a town', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'brindle-vigil.txt': `Vardania

Northern Coast Joins Weekend of Vigils After Student's Death in Vardania

The death of 19-year-old student Talia Renn has set off vigils across the globe and in Vardania itself.

The weekend saw vigils across the globe and in the Northern Coast, after the death of a student held by the Vardanian border guard.

The student was seized by the guard for crossing a closed road. Days later, vigils in Brindle over her death shut traffic.

The big crowd of several thousand mourners, among them some well-known singers, packed the steps in front of the Old Mint in Brindle. Many held photos of Talia Renn.

"They said she fell. She was beaten," said one mourner in Brindle.
`,
      'other-vigil.txt': `Candles in Osterby for detained reporters

About 200 people lit candles on Friday in the Osterby market square for reporters held in Vardania. “Free them all,” said Pia Holm, who organised the vigil.
`,
    });
  });

  it('GIVEN a region in a sentence without the town WHEN asked where in the town the crowd gathered THEN the place in the town', () => {
    const a = ask(index, "Where in Brindle did the crowd mourning Talia Renn's death gather?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Old Mint/);
    expect(a.text).not.toMatch(/^Northern Coast/);
  });
});
