import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Chat calls a speaker by the first name alone ("what did tobias say at the kessa rally"): when one speaker of the
// archive has that first name, it is that speaker, quoted by surname in the report ("Renkel said").
const REPORTS = {
  'kessa-townhall.txt': `Exiles rally outside Kessa town hall
Published: 7 May 2041 | Coastal Ledger

Hundreds of exiles rallied outside the town hall of Kessa on Saturday to back the jailed dock strikers.

Former Harbour Minister Tobias Renkel and Councillor Ida Brandt also spoke at the rally.

"What we are seeing is a frightened government that jails its own dockers," Renkel said.

"The strikers asked for nothing but a fair wage," Brandt said.
`,
  'oslo-style-demo.txt': `Demonstration in Tolmeer
Published: 2 June 2041 | Coastal Ledger

Syrian Exile Voices (SEV) had called the protest; some 150 exiles stood outside the Tolmeer parliament for an hour.
`,
  'brenn-vigil.txt': `Vigil for the prisoners in Brenn
Published: 9 June 2041 | Coastal Ledger

About 1,200 people took part in the vigil in Brenn on Sunday for the Syrian resistance, the organisers said.
`,
};

describe('a speaker called by the first name alone', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN one Tobias among the speakers WHEN asked "what did tobias say" THEN his words', () => {
    const { answer } = ask(index, 'what did tobias say at the kessa rally');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/frightened government/);
    expect(answer.text).not.toMatch(/fair wage/);
  });

  it('GIVEN a body whose name opens with a word for a people ("Syrian Exile Voices") WHEN asked how many ppl came for the syrian resistance THEN the count, no person asked', () => {
    const { answer } = ask(index, 'how many ppl showed up at the vigil in brenn for the syrian resistance?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,200/);
  });
});
