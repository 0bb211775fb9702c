import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who is the head of Lantern Aid in Marrow?", "who is Lantern Aid's Kessland country director?": the holder of a
 * body's post is asked. When the archive quotes the body itself as a speaker ("the charity Lantern Aid said"), the
 * question is not about the body ("The archive gives no role for Lantern Aid"); and a post the report never gives
 * anyone ("head of mission") is not answered with the holder of another post of the same body.
 */
describe('the holder of a post of a body the archive also quotes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'camps.txt': `Children die of cold in Kessland camps

Five children who had fled the fighting in Kessland have died of cold in tented camps, the charity Lantern Aid said on Monday.
“Even a family that finds a stove risks a fire inside the tent,” Mira Tolvan, Lantern Aid’s Kessland Country Director, said.
"We are running out of blankets," said Pia Sunn, the head of Lantern Aid in Marrow, in an interview with Radio Kess.
`,
    });
  });

  it('GIVEN "X, Lantern Aid’s Kessland Country Director, said" THEN the possessive post is X', () => {
    const a = ask(index, "Who is Lantern Aid's Kessland Country Director?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Mira Tolvan\b/);
  });

  it('GIVEN "Y, the head of Lantern Aid in Marrow" THEN the head is Y, not the charity', () => {
    const a = ask(index, 'Who is the head of Lantern Aid in Marrow?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Pia Sunn\b/);
  });

  it('GIVEN the head is quoted THEN "what did the head … tell Radio Kess" gives her words', () => {
    const a = ask(index, 'What did the head of Lantern Aid in Marrow tell Radio Kess?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/running out of blankets/);
  });

});

describe('a post of a body the archive never gives anyone', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'stoves.txt': `Stoves handed out in Kessland camps

About 900 stoves were handed out in the camps of Kessland last week, the charity Lantern Aid said on Thursday.
“A stove is not a home,” Mira Tolvan, Lantern Aid’s Kessland Country Director, said.
`,
    });
  });

  it('GIVEN only a country director is named THEN "who was the Lantern Aid head of mission" stays declined', () => {
    const a = ask(index, 'Who was the Lantern Aid head of mission for Kessland?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Mira Tolvan|gives no role for Lantern Aid/);
  });
});
