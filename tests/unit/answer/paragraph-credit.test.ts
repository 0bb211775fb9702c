import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count in a sentence crediting no one is given under the body its paragraph opens by crediting.
const REPORTS = {
  'birch-shelling.txt': `Dozens dead at Camp Birch

Adriatic Wire

According to the U.N. mission in Marosia, people were killed and hurt at Camp Birch, though it has not yet checked the details. The toll may reach 41 dead and 18 wounded.

The exiles' Free Marosia League (FML), based in Tessa, says mortars hit the camp at dawn and put the dead at 41.
`,
  'dorna-search.txt': `Police search camp near Dorna

Capital Times

The FML said one resident died and 12 were hurt when police searched its camp near Dorna.
`,
};

describe('a count under the credit its paragraph opens with', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "18 wounded" told under the U.N. mission THEN "how many were wounded according to the FML" is not answered with it', () => {
    const a = ask(index, 'How many people were wounded, according to the FML?').answer;
    expect(a.text).not.toMatch(/\b18\b/);
  });
});
