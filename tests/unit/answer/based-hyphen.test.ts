import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where is the union based?" against "The Kessa-based Union of Harbour Workers said …": the town written before
// "-based" is the body's base, though no word of place comes before it; and "Union of Harbour Workers" is a body,
// not a place, for all the "Harbour" in its name.
const REPORTS = {
  'brenn-strike.txt': `Dock strike spreads along the coast
Published: 4 May 2031 | Coastline Herald

BRENN (CH) — Dock workers walked out in three more ports on Tuesday as the strike over unpaid wages spread along the coast.

The Kessa-based Union of Harbour Workers said at least 40 of its members had been detained by police in Brenn since the weekend.

"We will not go back until every worker is paid," said Lota Varens, the union's general secretary.
`,
  'ardel-detentions.txt': `Rights group counts detentions after Ardel protests
Published: 9 June 2031 | Northern Courier

ARDEL (NC) — Security forces detained at least 230 people during three days of protests in Ardel, the New Harwick-based Centre for Civic Rights said on Monday.

The centre, which monitors detentions across the region, said 18 of those held were minors.
`,
};

describe('a base written as "X-based"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The Kessa-based Union of Harbour Workers said …" WHEN where the union is based is asked THEN Kessa, without the body\'s article', () => {
    const { answer } = ask(index, 'where is the Union of Harbour Workers based?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Kessa\b/);
    expect(answer.citations[0]?.file).toBe('brenn-strike.txt');
  });

  it('GIVEN "…, the New Harwick-based Centre for Civic Rights said" WHEN where the centre is headquartered is asked THEN New Harwick, not the town of the detentions', () => {
    const { answer } = ask(index, "where's the civic rights centre headquartered");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^New Harwick\b/);
  });

  it('GIVEN a body named "Union of Harbour Workers" WHEN where its members were detained is asked THEN the town, never the union\'s name', () => {
    const { answer } = ask(index, 'where were union members detained?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Brenn\b/);
  });
});
