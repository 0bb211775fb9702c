import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "and Ostmark's refugee count a year before the two-million mark?": a passage answer states nothing typed, so a
 * passage that never names the country asked (it tells of the refugees in general) is no answer.
 */
describe('a passage answer must name what the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'refugees.txt': `Vardanian refugees pass two million

The Norland relief agency said the number of Vardanian refugees registered in neighbouring countries will pass the two-million mark on Friday. That figure is half a million refugees higher than last year.

Relief chief Tomas Brek said the crisis had become the gravest emergency of the decade.

Most refugees are in neighbouring countries, with the largest numbers in Ostmark (800,000), Kellia (310,000) and Dravia (150,000), the agency said.
`,
    });
  });

  it('GIVEN a passage that never names Ostmark THEN the count asked for Ostmark is declined', () => {
    const a = ask(index, "and Ostmark's Vardanian refugee count a year before the two-million mark?").answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN the passage names the body asked THEN it still answers', () => {
    const a = ask(index, 'what about the Norland agency and the two-million mark?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/two-million mark/);
  });
});
