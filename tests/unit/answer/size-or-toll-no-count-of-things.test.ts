import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Things asked are counted only by a number of those things: a calibre or a size written after a number ("120 mm
// shells", "3 metres wide") counts nothing, and a count of the wounded of a shell attack is no count of shells, even
// when a second report's figure is given beside it.
const REPORTS = {
  'depot.txt': `Shells strike the Harnet depot
Published: 4 April 2036 | Valley Courier

Dozens of 120 mm shells struck the Harnet fuel depot overnight, a spokesman for the depot workers said, and fires burned until morning.
Craters up to 3 metres wide were left across the yard.
`,
  'orvel.txt': `Night shelling of Orvel shelter
Published: 2 May 2036 | Valley Courier

At least four residents died and more than 30 wounded in the shell attack on the Orvel shelter, hospital sources said.
`,
  'orvel2.txt': `Orvel shelter counts its wounded
Published: 3 May 2036 | Plains Ledger

The shell attack on the Orvel shelter left more than 50 residents wounded and two dead, the shelter's council said.
`,
};

describe('a size or a toll is no count of the things asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a calibre is written WHEN how many shells hit the depot is asked THEN no calibre is given as the count', () => {
    const { answer } = ask(index, 'how many shells hit the Harnet depot?');
    expect(answer.text).not.toMatch(/^120|120 mm shells \(/);
  });

  it('GIVEN two reports count only the wounded and dead WHEN how many shells hit the shelter is asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'how many shells hit the Orvel shelter in May 2036?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/more than 30|more than 50/i);
  });

  it('GIVEN the same reports WHEN the wounded at Orvel are asked THEN a count of the wounded answers', () => {
    const { answer } = ask(index, 'how many were wounded in the shell attack on the Orvel shelter?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/30|50/);
  });
});
