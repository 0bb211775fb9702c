import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A toll credited by a name that ends its sentence ("…, said Ana Holm."): the answer credits Ana Holm, without the
// sentence's full stop inside the credit ("According to Ana Holm. (May 3, 2031)" read as a typo).
const REPORTS = {
  'market.txt': `Raid on the Kell market
Harbour Wire, May 3, 2031

The raid on the Kell market killed 40 people, said Ana Holm.
`,
};

describe('a claimant named at the end of its sentence', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, said Ana Holm." WHEN asked "how many were killed in the raid on the Kell market?" THEN according to Ana Holm, no stray full stop', () => {
    const { answer } = ask(index, 'how many were killed in the raid on the Kell market?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/According to Ana Holm \(May 3, 2031\), 40 people/);
  });
});
