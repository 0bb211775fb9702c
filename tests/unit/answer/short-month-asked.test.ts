import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "kelvar camp shells mar 2031, how many hurt?": a month cut short before a year is the month asked, so the count of a
 * report on a later attack (which recalls the March one) weighs less than the March report's own.
 */
const REPORTS: Record<string, string> = {
  'kelvar-march.txt': `Four dead in shelling of Kelvar camp

KESSIA - Shells and mortar rounds struck the Kelvar camp for exiles next to Kessia's airport before dawn Saturday, killing four people and wounding about 25, police and relief officials said.

The government said it launched an investigation.
`,
  'kelvar-june.txt': `Two dead in second attack on Kelvar camp

A deadly attack on the Kelvar camp near Kessia housing exiles on Saturday killed two residents, the second such assault this year.

But Ilan Matz, a spokesman for the residents of Kelvar, said two people were killed and more than 12 wounded.

In March, dozens of shells fired at the camp killed four people, according to the relief office.
`,
};

describe('a month cut short in a question', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "mar 2031" THEN the March attack\u2019s wounded, not the later attack\u2019s', () => {
    const a = ask(index, 'kelvar camp shells mar 2031, how many hurt?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^About 25/);
  });
});
