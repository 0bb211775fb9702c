import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A person a report names only as the author of a charter the speaker read about ("… give their backing to the
 * Five-Point Charter set out by Mrs. Odile Marsk") did not speak there: "who else spoke" is not answered with her.
 */
describe('a person named only in passing, asked as a speaker', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'charter.txt': `Over 800 Mill Women Stand With the Strikers

[ 2 minute read ]

On October 3, at a gathering held in the Town Hall of Kessby, attended by councillors from both benches, MP Lise Tarn made this welcome news known. She told of the support of more than eight hundred mill women, weavers, and union heads for the strike and their hopes for fair pay in the mills.

MP Lise Tarn stated, “It is a real joy to read out a statement that has been signed by 800 mill women as the strike reaches its third month. It says a lot that more than 800 mill women from nine towns and 31 unions have put out a shared statement voicing their support and praising the brave weavers of Dorvania and the part they play in this strike.

“Here we have 40 current and former Mayors, Deputy Mayors, Chairs, and aldermen as well as 90 councillors, teachers, nurses, and singers. In this bold statement, these women give their backing to the Five-Point Charter set out by Mrs. Odile Marsk, President-elect of the Dock Workers' Union, for fair pay, safe mills, and a shorter week; the only charter that speaks for the mill women…

Share on Twitter: 

0 comments
Leave a reply
`,
    });
  });

  it('GIVEN "who else spoke at the gathering where Tarn read the statement" THEN not the charter\'s author', () => {
    const a = ask(index, 'Who else spoke at the Town Hall gathering where Lise Tarn read out the 800 women statement?').answer;
    expect(a.text).not.toMatch(/^Odile Marsk/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN "who spoke at the gathering" THEN not the charter\'s author either', () => {
    const a = ask(index, 'Who spoke at the gathering in the Town Hall of Kessby on October 3?').answer;
    expect(a.text).not.toMatch(/^Odile Marsk/);
  });
});
