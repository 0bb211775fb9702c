import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report on protests in three towns, told clause by clause ("in Korvik, where …, and at Dallin, where … outside the
 * consulate") and sentence by sentence ("In Tessa, a league also held a rally across from the embassy"). Asked where
 * people gathered in one town, a place told of another town is no answer.
 */
describe('a place asked of one town among several', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'three-towns.txt': `More protests abroad against the Vardanian vote

Marsh Courier

By ELSA MORN

Vardanians demonstrated in towns around the coast on Thursday to protest the disputed vote.

In Tessa, the Press Freedom League, the media advocacy group, also held a rally across from the Vardanian Embassy to protest a crackdown on the press.

The biggest demonstrations were in Korvik, where up to 900 mainly exiled Vardanians gathered in the city's old market, and at Dallin, where about 200 people rallied outside the Lowland parliament.

Some 30 protesters gathered near the Harbour Assembly in central Tessa.
`,
    });
  });

  it('GIVEN "where did vardanians gather in Korvik?" THEN neither the parliament of Dallin nor the embassy of Tessa', () => {
    for (const q of ['where did Vardanians gather in Korvik?', 'korvik vardania protest - where exactly did they gather?']) {
      const a = ask(index, q).answer;
      expect(a.answered ? a.text : '').not.toMatch(/parliament|Embassy|Harbour Assembly/);
    }
  });

  it('GIVEN the town of the embassy asked THEN its own place still answers', () => {
    const a = ask(index, 'where in Tessa did the Press Freedom League hold its rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Embassy/);
  });
});
