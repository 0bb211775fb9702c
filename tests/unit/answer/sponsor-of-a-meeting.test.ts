import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "The Weavers' Circle of Kessby sponsored an international conference in Lyon on May 9, 2031": the body that
 * sponsored the meeting held it; asked who organised or sponsored it, that body is the answer.
 */
describe('the sponsor of a meeting', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'conference.txt': `Report on the mill women's conference in Lyon

The Weavers' Circle of Kessby sponsored an international conference in Lyon on May 9, 2031, to back the striking mill women of Dorvania.

More than 90 union heads from 12 countries took part in the conference.

Guests praised the strikers and asked the port towns to send food.
`,
    });
  });

  it('GIVEN "who sponsored the conference in Lyon" THEN the circle', () => {
    const a = ask(index, 'Who sponsored the 2031 mill women conference in Lyon?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Weavers' Circle of Kessby/);
  });
});
