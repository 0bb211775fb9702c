import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Counts that are not the count asked: a rate ("five a day"), a part of a total told before ("among those …"),
// and prisoners "sent to the gallows" (executed, not arrested).
const REPORTS = {
  'vardania-executions.txt': `Vardania executed at least 612 people last year, the highest number since 2009.

The report, released by the Nordic Prison Watch, says executions rose by a fifth compared with 2029.

In the last three months of 2030, an average of four people were executed daily.

Among those executed, nine were hanged in public, and 27 were women.

In early 2031, at least 88 more executions have already been recorded.
`,
  'ostrov-vigil.txt': `Exiles remember the 1991 prison killings

Nordic Exile News

Ostrov, March 3, 2031 – Exiles held a vigil outside the parliament. In the summer of 1991 the junta sent more than 4,000 prisoners to the gallows for refusing to renounce their views.
`,
};

describe('rates, parts of a total, and the gallows', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "an average of four people were executed daily" THEN it never answers how many were executed in the year', () => {
    const a = ask(index, 'how many people did vardania execute in 2030 according to the nordic prison watch?').answer;
    expect(a.text).not.toMatch(/\bfour people\b/i);
    expect(a.text).not.toMatch(/\bnine\b|\b27\b/);
    expect(a.text).toMatch(/\b612\b/);
  });

  it('GIVEN a rate asked for THEN the rate answers', () => {
    const a = ask(index, 'how many people were executed daily in vardania at the end of 2030?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Four people/);
  });

  it('GIVEN "sent more than 4,000 prisoners to the gallows" THEN they count as executed, not arrested', () => {
    const f = index.data.figures.find((x) => x.value === 4000);
    expect(f?.measure).toBe('executed');
    const a = ask(index, 'how many prisoners were sent to the gallows in 1991?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/4,000 prisoners were executed|4,000 prisoners/);
    expect(a.text).not.toMatch(/arrested/);
  });
});

// A list of the people a deed befell: "Those injured included about 2,000 people and 5,000 security forces" — both are
// of the injured; "how many members of the security forces" asks about the forces.
describe('a list of those injured', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'orvania-unrest.txt': `Toll of the November unrest

North Wire

Oslo, June 1, 2031 – A senior lawmaker said 230 people were killed in the November protests in Orvania.
Those injured included about 2,000 people and 5,000 security forces deployed to keep order, the report added.
`,
    });
  });

  it('GIVEN "Those injured included about 2,000 people and 5,000 security forces" THEN how many members of the security forces were injured is 5,000', () => {
    const a = ask(index, 'How many members of the security forces were injured in the November protests in Orvania?').answer;
    expect(a.text).toMatch(/\b5,000 security forces\b/);
    expect(a.text).not.toMatch(/\b230\b/);
  });

  it('GIVEN the same list THEN how many were injured gives both of its counts, each as injured', () => {
    const a = ask(index, 'How many people were injured in the November protests in Orvania?').answer;
    expect(a.text).toMatch(/about 2,000 people were injured/);
    expect(a.text).toMatch(/5,000 security forces[^;.]*were injured/);
    expect(a.text).not.toMatch(/\b230\b/);
  });
});
