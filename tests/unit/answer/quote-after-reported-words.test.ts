import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What did X say about how this march compared to the earlier ones?" against "X, one of the organisers, said the
 * crowd would pass 2,000 … and that this was the third such march in Korvik." then "“I think this one is the loudest
 * yet,” Brell told reporters.": the speaker's own words right after the reported ones go on with them; both are given.
 */
describe("a speaker's quote right after words told in the reporter's phrasing", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-march.txt': ` date 2031-05-12 Share:

Korvik - Hundreds of people, many of them exiles from Dorvan, marched on Saturday in Korvik to back the strikes in Dorvan. They walked from the Harbour Green to the Grand Palace. Tomas Brell, one of the organisers, said the crowd would pass 2,000 by nightfall and that this was the third such march in Korvik, in support of the strikes that are now in their ninth week. “I think this one is the loudest yet,” Brell told reporters. Some marchers had come from other towns.
`,
    });
  });

  it('GIVEN reported words then a quote by the same speaker WHEN asked how the march compared THEN the quote too', () => {
    const a = ask(index, 'What did Tomas Brell say about how this Korvik march compared to the earlier ones?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/loudest yet/);
  });
});
