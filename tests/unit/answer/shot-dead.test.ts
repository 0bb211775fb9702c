import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "shot dead 190 marchers and detained more than 6,000": the 190 were killed, not detained.
const REPORTS = {
  'dravia-crackdown.txt': `Dravia crackdown goes on

Dravian riot units have shot dead 190 marchers and detained more than 6,000 since the bread protests began, the Ostrel Watch monitoring group said on Monday.
`,
};

describe('a killing told in two words before the count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "shot dead 190 marchers and detained more than 6,000" THEN 190 is never given as the number detained', () => {
    const a = ask(index, 'How many marchers were detained in Dravia since the bread protests began, according to Ostrel Watch?').answer;
    expect(a.text).not.toMatch(/\b190\b/);
  });

  it('GIVEN the same sentence THEN the 190 answers how many were killed', () => {
    const a = ask(index, 'How many marchers were killed in the Dravia bread protests, according to Ostrel Watch?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b190\b/);
  });
});
