import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report with no date of its own tells of a march "on May 3" and writes no year anywhere; asked with the year ("the
// May 3, 2031 march"), the day still fits, and the answer says the report states no year. Invented towns and people.
describe('an undated report that tells of the day asked without its year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'veldon-march.txt': `Crowds fill Veldon streets over power cuts

Hundreds of residents marched on the morning of May 3 along Corran Avenue in central Veldon, clips shared online showed.
The deputy mayor of Veldon, Tarik Olvesen, confirmed that the march had taken place on May 3 and blamed it on the outages.
Marchers chanted against the utility firm until noon.
`,
      'marrow-budget.txt': `Marrow, 14 February 2031 — The council of Marrow approved its budget on Tuesday after a long debate about bus fares.
`,
    });
  });

  it('GIVEN only "on May 3" in an undated report THEN "who confirmed the May 3, 2031 march in Veldon" names the deputy mayor', () => {
    const a = ask(index, 'Who confirmed the May 3, 2031 march in Veldon?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Olvesen/);
    expect(a.text).toMatch(/states no year/);
  });

  it('GIVEN only "on May 3" in an undated report THEN "where in Veldon was the march of May 3, 2031" gives the avenue', () => {
    const a = ask(index, 'Where in Veldon was the march of May 3, 2031 held?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Corran Avenue/);
  });

  it('GIVEN the report tells of May 3 only THEN a march asked on another day of 2031 is not answered from it', () => {
    const a = ask(index, 'Who confirmed the May 9, 2031 march in Veldon?').answer;
    expect(a.answered).toBe(false);
  });
});
