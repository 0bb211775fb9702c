import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What did X say the death toll would reach?" asks for words on the toll. A report where X only calls for an inquiry
 * holds no answer; one where X speaks of the toll does.
 */
describe('a statement asked by what it said something of', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'inquiry.txt': `Watchdog raises Ostrevia toll

Lisk Ledger

The watchdog Civic Lens said on Monday that 212 people had died in the crackdown on the March protests in Ostrevia.

For her part, Rena Voss, the watchdog's head of campaigns, urges "the member states" to "open an inquiry without delay".

"The toll will pass 300 before the summer," said Oren Tal, the watchdog's field researcher.
`,
    });
  });

  it('GIVEN "what did Rena Voss say the death toll would reach?" THEN no answer: her words speak of no toll', () => {
    const a = ask(index, 'and what did Rena Voss say the death toll would reach?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/inquiry without delay/);
  });

  it('GIVEN the same asked of Oren Tal THEN his words on the toll', () => {
    const a = ask(index, 'what did Oren Tal say the toll would reach?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/300/);
  });
});
