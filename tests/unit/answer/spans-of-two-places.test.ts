import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "…at the Orlin Hall … from Monday, May 4 to Friday, May 8, and at the Teller Gallery … from Thursday, May 7, to
 * Monday, May 11": each span is the period of the place named before it. The second span, written with a comma
 * before "to", is a span too; and asked about the Teller Gallery, the first span (which ends right before that name)
 * is the Orlin Hall's.
 */
const REPORTS: Record<string, string> = {
  'drawings-advisory.txt': `'The Vessing Drawings: Letters from the Camps'

WHAT: The Harbour Museum is showing this week a display of drawings made by prisoners of the Vessing camps.

WHERE, WHEN: The drawings can be seen at the Orlin Hall of the Civic Library from Monday, May 4 to Friday, May 8, and at the Teller Gallery of the Harbour Museum from Thursday, May 7, to Monday, May 11.

The travelling show of the drawings runs from May 18 to May 22 in Arlen, and from May 26 to May 29 in Brisk.

WHY: The camps held some 9,000 prisoners between 2019 and 2024.
`,
};

describe('two places, each with its own span of days, in one sentence', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the second place asked THEN its own span (to May 11) is the answer, not the first place’s', () => {
    const a = ask(index, 'Until what date could the Vessing drawings be seen in the Teller Gallery?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^From May 7 to May 11/);
  });

  it('GIVEN the first place asked THEN its span (May 4 to May 8)', () => {
    const a = ask(index, 'when could the Vessing drawings be seen at the Orlin Hall?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^From May 4 to May 8/);
  });

  it('GIVEN spans each followed by its place THEN the place before a span does not claim it', () => {
    const a = ask(index, 'when does the travelling show of the Vessing drawings run in Arlen?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^From May 18 to May 22/);
  });
});
