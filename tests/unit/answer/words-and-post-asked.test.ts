import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "What did X say at the rally, and what was his old job?": both the words and the post the report gives X. */
const REPORTS: Record<string, string> = {
  'lindenau-square.txt': `Thousands of Vardanian exiles gathered in the capital of Lindenau on Saturday for a free Vardania.

Former Northern Council President Paul Greve said solidarity with the exiles is growing, describing the strikers in Kestel and the exiles in Lindenau as “the conscience of the continent.” He stressed that silence has failed.
`,
};

describe('words and a post asked in one question', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "what did X say …, and what was his old job?" THEN the answer gives both', () => {
    const a = ask(index, 'what did paul greve say at the lindenau rally, and what was his old job?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('the conscience of the continent');
    expect(a.text).toMatch(/Northern Council President/);
  });

  it('GIVEN only the words asked THEN no post is added', () => {
    const a = ask(index, 'what did paul greve say at the lindenau rally?').answer;
    expect(a.text).toContain('the conscience of the continent');
    expect(a.text).not.toMatch(/post, as reported/);
  });
});
