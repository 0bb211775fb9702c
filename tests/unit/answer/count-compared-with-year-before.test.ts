import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "at least 412 people were hanged in 2031, a 43 per cent rise compared to 288 in 2030": the bare number a comparison
// sets beside a count counts the same people and deed, in the year its own clause gives. Asked of 2030, it answers;
// asked of 2031, the first count still does.
const REPORTS = {
  'valdor-gallows.txt': `Valdor gallows busier than in any year of the decade
Published: 14 February 2032 | Meridian Wire

GENEVA (MW) — The Varn Human Rights Group released its yearly count of hangings in Valdor on Tuesday.

By the group's tally, at least 412 people were hanged in Valdor in 2031, a 43 per cent rise compared to 288 in 2030.

Most of those hanged had been convicted of smuggling, the group said.
`,
};

describe('a count set beside the count of another year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "412 … in 2031, a 43 per cent rise compared to 288 in 2030" WHEN the hangings of 2030 are asked THEN 288', () => {
    const { answer } = ask(index, 'How many people did Valdor hang in 2030 according to the Varn Human Rights Group?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^288\b|\b288 people\b/);
    expect(answer.text).not.toMatch(/^(?:According to [^,]+, )?at least 412/i);
  });

  it('GIVEN the same sentence WHEN the hangings of 2031 are asked THEN 412, not the year before', () => {
    const { answer } = ask(index, 'how many people were hanged in valdor in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b412\b/);
    expect(answer.text).not.toMatch(/^288/);
  });
});
