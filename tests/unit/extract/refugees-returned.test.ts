import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Refugees who came home are counted as returns, never told back as "displaced".
const REPORTS = {
  'tessaly-returns.txt': `Returns to Tessaly pick up

Since the ceasefire of May 2, 2031, about 48,300 Tessalian refugees have returned to their villages, according to Mara Quill, head of the Harbour Relief Agency.

Aid convoys reached Dunmore on Friday.
`,
};

describe('refugees who returned', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "48,300 refugees have returned" THEN the answer gives the count and never says they were displaced', () => {
    const a = ask(index, 'How many Tessalian refugees have returned since the ceasefire, according to Mara Quill?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/48,300/);
    expect(a.text).not.toMatch(/were displaced/);
  });

  it('GIVEN the figure THEN its measure is no displacement', () => {
    const f = index.data.figures.find((x) => x.value === 48300);
    expect(f?.measure).not.toBe('displaced');
  });
});
