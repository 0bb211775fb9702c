import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "FF toll for Morrow in the October uprising?": the town a toll (a figure, a count) is "for" is where it was counted,
 * as "in Morrow" would say; a report counting town by town gives that town its own part.
 */
describe('a toll asked "for" a town', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'toll.txt': `Front puts the October death toll above 900

12 March 2031 :

More than 900 demonstrators died in the October protests. In a statement dated March 10, 2031, the Freedom Front (FF) put the number of demonstrators killed across Vardania since early October at over 900. Its tally town by town lists the deaths of no fewer than 140 in Kessel, 92 in Morrow, 77 in Tallis and 50 in Brenn. Witnesses say hundreds of bodies reached the Central Hospital in Kessel during the uprising. The FF has now published the names of 20 more martyrs, bringing to 300 the number of dead known by name.
`,
    });
  });

  it('GIVEN "FF toll for Morrow in the October uprising?" THEN the count told for Morrow', () => {
    const a = ask(index, 'FF toll for Morrow in the October uprising?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^92\b/);
  });
});
