import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A title before a name holds an ordinal ("2nd District") after a possessive written with a bare apostrophe.
const REPORTS = {
  'orvens-fair.txt': `Orvens tenants hold a street fair for rent relief

Tenants of Orvens held a street fair on Sunday to raise money for families facing eviction.

Guests at the fair included:

  • Mayor of Orvens’ 2nd District Lotte Abrahamsen
  • The baker Piet Olander

The fair raised enough to cover two months of rent for eleven families.
`,
};

describe('an ordinal inside a title written before a name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Mayor of X’ 2nd District NAME" WHEN asked who NAME is THEN the whole title is given', () => {
    const { answer } = ask(index, 'Who is Lotte Abrahamsen?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Mayor of Orvens’ 2nd District/);
  });
});
