import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X say about the Dornia drought rallies?": the report's headline and lead tell of drought rallies, and it
// names the province only further down; X's words there are about those rallies. Invented people and places.
describe('words asked about an event whose place the report names after its lead', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessia-drought.txt': `Photos of six victims amid drought rallies in northern Kessia, May 2031

Kessia has bristled at UN criticism of how it handled rallies over the drought in the north of the country.
The UN rights envoy, Ana Morel, said on Friday that “jailing people will only deepen the anger” over the “grave” shortage.
Interior spokesman Pavel Drus replied on Saturday that Morel's remarks were “baseless claims”.
Army chief Gen. Tor Vell toured Dornia province on Sunday.
`,
    });
  });

  it('GIVEN the province named only after the lead THEN "what did Ana Morel say about the Dornia drought rallies" quotes her', () => {
    const a = ask(index, 'What did Ana Morel say about the Dornia drought rallies?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/deepen the anger/);
  });

  it('GIVEN no word of a strike anywhere THEN "what did Ana Morel say about the Dornia dock strike" is declined', () => {
    const a = ask(index, 'What did Ana Morel say about the Dornia dock strike?').answer;
    expect(a.answered).toBe(false);
  });
});
