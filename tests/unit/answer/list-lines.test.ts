import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor's monthly report told in lines: a total, its parts ("including 40 children and 52 women"), and ages that
// are no counts ("under the age of eighteen", "Dara Venn, 43, who took part").
const REPORTS = {
  'monitor-april.txt': `The Levant Rights Monitor

812 casualties on Norland territory in April 2031

Civilian casualties: 390 people including 150 children under the age of eighteen, and 88 women over the age of eighteen, and they were killed as follows:

31 citizens including 9 children and 2 women were killed in shelling by the army.

140 including 40 children and 52 citizen women were killed in airstrikes by the Northern Alliance.
`,
  'vigil.txt': `Exiles hold vigil in Kelby

Dara Venn, 43, who took part in the vigil, said his cousin was shot last week.
`,
};

describe('a report of tolls told in lines', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "140 including 40 children and 52 citizen women were killed in airstrikes" THEN 140 were killed, and the parts share the verb', () => {
    expect(index.data.figures.find((x) => x.value === 140)?.measure).toBe('killed');
    expect(index.data.figures.find((x) => x.value === 40)?.measure).toBe('killed');
    const a = ask(index, 'how many civilians did northern alliance airstrikes kill in april 2031 according to the levant rights monitor').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b140 people were killed\b/);
    // Its parts are not other answers.
    expect(a.text).not.toMatch(/\b52 citizen women\b|\b40 children\b/);
  });

  it('GIVEN "under the age of eighteen" and "Dara Venn, 43," THEN no count of eighteen or of 43 people', () => {
    expect(index.data.figures.some((x) => x.value === 18 || x.value === 43)).toBe(false);
    const a = ask(index, 'how many people took part in the vigil in kelby?').answer;
    expect(a.text).not.toMatch(/\b43\b/);
  });
});
