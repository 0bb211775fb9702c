import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report of a protest abroad gives the crowd's cry after "shouting," and, for contrast, what the ruling side's
// loyalists chant at home: only the first is the protesters'.
const REPORTS = {
  'orvel-visit.txt': `Exiles in Orvel jeer the visiting Varnian premier

Hundreds gathered on Linden Square in Orvel, waving black flags and shouting, “Go home, Dravik,” as the premier of Varnia arrived for talks.

Loyalists in Varnia still chant “Glory to the council” at Friday sermons and at state parades.

The premier left Orvel after two days of meetings.
`,
};

describe("a crowd's cry against a chant of the ruling side", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN the loyalists at home are the ones said to chant WHEN asked what the protesters chanted THEN their chant is not given", () => {
    const { answer } = ask(index, 'What did the protesters chant at the Linden Square protest in Orvel?');
    expect(answer.text).not.toMatch(/Glory to the council/);
  });

  it('GIVEN the crowd is said to be shouting a cry WHEN asked what the protesters shouted THEN the cry is given', () => {
    const { answer } = ask(index, 'What did the protesters shout when the Varnian premier came to Orvel?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Go home, Dravik/);
  });
});
