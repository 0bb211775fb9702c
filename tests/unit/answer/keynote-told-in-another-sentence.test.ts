import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "…, where Mrs. Ana Vell, the chair of the Weavers' Union, gave a stirring keynote speech.": asked who gave the
 * keynote, the answer is the one person that sentence names, not another speaker the report lists (declined as no
 * keynote speaker, it answered nothing).
 */
describe('a keynote speaker told in a sentence of the report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'forum.txt': `
Weavers in Lyon Forum: The hour of change has come. The mill owners are close to giving way and women lead the strike for a fair wage.
- Coast and Hills
- Sunday , 9 March 2031 8:10 AM GMT
Lyon - Ostby: Coast and Hills
A statement by the Weavers' Union, sent to our desk, told us that the Mill Women's Day forum in Lyon on Saturday brought together a rare group of union heads, mayors and rights workers to stress the long fight for a fair wage.
The forum, which drew well-known guests from many towns, saw a show of the key part women play in the strike, where Mrs. Ana Vell, the chair of the Weavers' Union, gave a stirring keynote speech.
In it, she said the hour of change had come. She said the owners were close to giving way, and women lead the strike.
Vell said: "Fair pay will beat greed, and the lockout will fail." She noted that the weavers won in 2019 as well.
Guests From Abroad Back the Mill Women
The forum heard from a fine group of guests who voiced their support for the mill women and the strike.
Mira Lund, former Foreign Minister of Denmark, spoke passionately about 
`,
    });
  });

  it('GIVEN "who gave the keynote speech at the Lyon forum" THEN the one the keynote sentence names', () => {
    const a = ask(index, "who gave the keynote speech at the Lyon Mill Women's Day forum in March 2031?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Ana Vell/);
  });
});
