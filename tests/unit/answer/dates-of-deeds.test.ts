import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When was X elected?" is told by "the election of X … on <day>" (the noun of the deed), not by another sentence
// about X's presidency that is dated "as of <day>".
const REPORTS = {
  'norland-dossier.txt': `DOSSIER NORLAND MARCH 2026

Since the beginning of Varga's presidency, as of 1 March 2026, at least 900 people have been executed in Norland.

The election of Anton Varga as President of Norland on 9 May 2024 led many observers to be hopeful.
`,
  'monitor-march.txt': `The Levant Rights Monitor

812 casualties on Norland territory in March 2031

The Levant Rights Monitor documented the death of 812 people in January 2031, and they were distributed as follows:

Civilian casualties: 390 people including 150 children.
`,
};

describe('the day of a deed told by its noun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The election of X as President … on 9 May 2024" THEN "when was X elected president?" is that day', () => {
    const a = ask(index, 'when was varga elected president?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 9, 2024/);
    expect(a.text.split('“')[0]).not.toMatch(/March 1, 2026/);
  });

  it('GIVEN the report named in the question ("according to the norland dossier") THEN the same day', () => {
    const a = ask(index, 'when was varga elected president, according to the norland dossier').answer;
    expect(a.text.split('“')[0]).toMatch(/May 9, 2024/);
  });

  it('GIVEN a heading "812 casualties … in March 2031" over "documented the death of 812 people in January 2031" THEN the answer gives both', () => {
    const a = ask(index, "which month did the levant rights monitor's toll of 812 deaths cover?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^January 2031\b/);
    expect(a.text).toMatch(/(?:heading|title) gives March 2031 instead/);
  });
});
