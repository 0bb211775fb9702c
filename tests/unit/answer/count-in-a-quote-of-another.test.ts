import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A rights group's speaker names the authorities inside her quoted words ("…, the Oskan authorities have …,” she
// added): a count in that quote is hers, of other days, and never what the authorities said.
const REPORTS = {
  'vell-black-monday.txt': `Oskan forces killed more than 40 on 'Black Monday' in Vell

Rights group Lantern Watch said Thursday that at least 44 Telmic people have been killed in Vell, the capital of Osk's Telmar province, since last Monday.

The group said Oskan security forces killed at least 31 people, including children, after the Monday market in Vell on June 9.

“It is deeply shocking that barely two years after the grain riots, in which thousands of people were wrongly killed, the Oskan authorities have once more turned their guns on their own people,” she added.
`,
};

describe('a count inside the quoted words of another', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the authorities are named only inside her quote THEN what the authorities said is declined', () => {
    const a = ask(index, 'How many people did the Oskan authorities say were killed in Vell on June 9?').answer;
    expect(a.answered ? a.text : '').not.toMatch(/thousands/i);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report THEN the count the rights group gave is still answered', () => {
    const a = ask(index, 'How many people were killed in Vell on June 9 according to Lantern Watch?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b(?:44|31)\b/);
  });
});
