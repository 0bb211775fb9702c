import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "on Sunday 9, August 2026": a stray comma between the day and the month does not lose the day. */
const REPORTS: Record<string, string> = {
  'oriel-summit.txt': `Exiles host a summit at Camp Oriel

An international summit of the Varnese opposition took place at Camp Oriel on Sunday 9, August 2026, with guests from eleven countries.

The keynote speaker was Hela Morvan, chairwoman of the exiles' council.
`,
};

describe('a weekday, a day and a comma before the month', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "on Sunday 9, August 2026" THEN the summit is dated to the day', () => {
    const a = ask(index, 'When was the international summit at Camp Oriel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/August 9, 2026|9 August 2026/);
  });
});
