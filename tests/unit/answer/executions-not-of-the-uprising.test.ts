import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A year's count of executions is not told as executions "in the uprising" a report names only in passing.
const REPORTS = {
  'tessaly-year.txt': `Tessaly hanged more prisoners in 2031 than in any year this decade, says Beacon Rights

Tessaly put at least 318 prisoners to death in 2031, according to Beacon Rights, which published its yearly figures on Monday.

The group said most of the hangings were for drug offences, and that 14 women were executed in 2031.

Beacon Rights said the courts also kept punishing people who had joined the Bread and Salt uprising two years earlier.
`,
};

describe('a count of executions and an uprising named in passing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a yearly count of executions THEN the answer never places the executions in the uprising', () => {
    const a = ask(index, 'How many women did Tessaly execute in 2031, according to Beacon Rights?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b14\b/);
    expect(a.text).not.toMatch(/\buprising\b/i);
  });
});
