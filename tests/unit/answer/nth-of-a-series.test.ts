import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many marches like this had there been in Korvik?" is not how many the archive keeps ("The archive holds 1 march
 * event in Korvik"): the report numbering the march in its series ("this was the third such march in Korvik") answers.
 */
describe('a gathering numbered in its series', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-march.txt': ` date 2031-05-12 Share:

Korvik - Hundreds of people, many of them exiles from Dorvan, marched on Saturday in Korvik to back the strikes in Dorvan. They sang "Bread, work, dignity" as they walked from the Harbour Green to the Grand Palace. Tomas Brell, one of the organisers, said the crowd would pass 2,000 by nightfall and that this was the third such march in Korvik, in support of the strikes that are now in their ninth week.
`,
    });
  });

  it('GIVEN "the third such march" WHEN asked how many marches like this there had been THEN the third', () => {
    const a = ask(index, 'how many marches like this had there been in korvik, counting the one to the grand palace?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/third/);
    expect(a.text).not.toMatch(/^The archive holds/);
  });
});
