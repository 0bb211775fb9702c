import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report on executions that recalls one massacre ("At least 40 were killed during Black Sunday, … at a Kelmor
 * church") and, in the next sentence, the toll of the whole protest movement ("more than 300 people being killed").
 * Asked tersely of the massacre, its own count answers: the movement's toll, in a sentence holding none of the
 * question's words, is another occasion's and no second figure for it.
 */
describe('a figure of another occasion in the same report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'executions.txt': `Ostrevia executed at least 120 people in the first half of 2031, group says

Lisk Ledger

July 2, 2031

Ostrevia executed at least 120 people in the first half of 2031, the Lisk-based Civic Lens said on Monday.

At least 40 were killed during Black Sunday, when troops opened fire on worshippers after Sunday mass at a Kelmor church in March.

It was the worst single incident of violence in the response to protests that have resulted in more than 300 people being killed and more than 9,000 jailed.
`,
    });
  });

  it('GIVEN "kelmor church shooting after sunday mass - how many killed?" THEN 40, without the movement\'s 300', () => {
    const a = ask(index, 'kelmor church shooting after sunday mass - how many killed?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b40\b/);
    expect(a.text).not.toMatch(/\b300\b/);
  });

  it('GIVEN the movement\'s toll asked THEN its own figure', () => {
    const a = ask(index, 'how many people have been killed in the response to the protests in Ostrevia?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b300\b/);
  });
});
