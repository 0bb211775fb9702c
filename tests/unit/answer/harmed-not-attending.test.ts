import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// People counted right after "<deed> of" — "the hangings of two protesters" — are those the deed was done to; a
// question on how many attended a rally is not answered by them.
const REPORTS = {
  'dravenport-vigil.txt': `Dravenport's Kessan exiles denounce hangings at library rally

Members of Dravenport's Kessan community staged a rally outside the provincial library on Sunday against a new wave of executions in their homeland.

A monitoring group in Geneva counts at least 140 people put to death in Kessa in 2031 so far. The recent hangings of two protesters sparked demonstrations in towns across the continent, including Dravenport.

"We owe them our voices," said Lena Moravec, who chairs the Kessan Cultural Society.
`,
};

describe('people a deed was done to are no crowd', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the hangings of two protesters set off demonstrations" WHEN asked how many attended the rally THEN the engine declines rather than answer two', () => {
    const { answer } = ask(index, 'How many people attended the Dravenport rally?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/^Two\b/i);
  });
});
