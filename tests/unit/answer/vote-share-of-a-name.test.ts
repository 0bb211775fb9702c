import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// One report names both runoff hopefuls after the share nobody reached; another gives each hopeful's own share.
const REPORTS = {
  'analysis.txt': `Vellmark heads to a presidential runoff
Harbour Post, 6 June 2031

Since none of the hopefuls won 50% of the vote in the first round, a runoff will be held on 12 June 2031 between the two leaders, Tam Orly and Ivo Brandt.

Both men campaigned on the price of bread.
`,
  'result.txt': `Commission gives first-round result
Lowland Courier, 6 June 2031

Tam Orly led the first round with 4,120,500 votes, ahead of Ivo Brandt, the commission said.

Orly took 44.2 percent of the vote and Brandt 41.8 percent.
`,
};

describe("a hopeful's share of the vote", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a share nobody reached, told far from the names WHEN a hopeful\'s share is asked THEN that sentence is not the answer', () => {
    const { answer } = ask(index, 'What share of the vote did Tam Orly win in the first round?');
    expect(answer.text).not.toMatch(/runoff will be held/);
  });

  it("GIVEN each hopeful's own share WHEN the second one's share is asked THEN the sentence giving it answers", () => {
    const { answer } = ask(index, 'What share of the vote did Ivo Brandt get in the first round?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/41\.8/);
  });
});
