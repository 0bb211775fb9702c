import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "nearly 90 to 110 people were killed": a toll told as a range with a qualifier before its first number is stated
 * whole; its second number alone ("110 people") is no figure the report gives.
 */
describe('a qualified range of a toll', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'minister.txt': `Minister sees spring unrest deaths near a hundred

Vardanian Interior Minister Pello Raskin has suggested that nearly 90 to 110 people were killed during the spring unrest of 2031.

The council had given no toll before the interview.
`,
    });
  });

  it('GIVEN "nearly 90 to 110 people were killed" THEN the answer states the range, not 110 alone', () => {
    const a = ask(index, 'How many people did the interior minister say were killed in the spring unrest?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Nearly 90 to 110 people\b/);
  });
});
