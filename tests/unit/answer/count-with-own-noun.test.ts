import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A list of counts, each with its own noun ("3,000 halls in 9 regions, 41 countries, and over two million viewers"):
 * a count joined by "and" to the one before takes that one's noun only when it has none of its own.
 */
const REPORTS: Record<string, string> = {
  'vardania-congress.txt': `May 4, 2031: Today the Council of Free Vardanians holds its yearly "Free Vardania Congress".

The online congress links gatherings in many cities. The event connects 3,000 halls in 9 regions, 41 countries, and over two million viewers are taking part in the program.
`,
};

describe('a count with its own noun in a list of counts', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "how many countries took part" THEN the count of countries, not the viewers after it', () => {
    const a = ask(index, 'free vardania congress 2031 - how many countries took part?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^41 countries/);
    expect(a.text).not.toMatch(/^Over two million/i);
  });
});
