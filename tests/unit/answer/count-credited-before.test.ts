import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count told right after a monitor's head is quoted goes on with him; the UN, named in the report only for another
// figure, never gave it.
const REPORTS = {
  'valley-fighting.txt': `Fighting in Orsk valley drives families out
By Petra Janssen
Nordic Wire, 4 March 2032

Aid workers in Belmar say convoys stopped running on Sunday.

Earlier estimates from the UN relief office put the number of families sleeping in the open at 12,000.

"Whole villages have emptied in a week," said Hakon Delvik, who leads the Orsk monitoring group.

The shelling that began on the valley floor has left at least 58 civilians dead over the past six days.

Delvik said most of those fleeing were heading north towards Belmar.
`,
};

describe('a count credited by the sentence before it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a toll told after a monitor is quoted WHEN "how many civilians were killed according to the UN?" THEN not in the archive', () => {
    const { answer } = ask(index, 'How many civilians were killed in the Orsk valley fighting according to the UN?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/\b58\b/);
  });

  it('GIVEN the same report WHEN the count is asked without a source THEN 58 is still the answer', () => {
    const { answer } = ask(index, 'How many civilians were killed in the Orsk valley fighting?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b58\b/);
  });
});
