import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "two officials at the clinic in Marrow said 14 exiles were killed and 27 wounded": the town of those who say is where
 * the whole claim comes from, not the first count's own place, and a town the question names itself ("marrow clinic -
 * how many wounded") is no other town that makes the count someone else's.
 */
const REPORTS: Record<string, string> = {
  'kelton-raid.txt': `Troops raid Kelton exile camp; 14 dead

KELTON CAMP, Norvia - Troops raided the Kelton camp of an exile group before dawn on Friday, officials said.

The exiles claimed 40 residents were killed, while the general who ordered the raid denied that anybody died.

But two officials at the clinic in Marrow, the province's capital, said 14 exiles were killed and 27 wounded in the clashes. Additionally, four soldiers and one policeman also were injured, according to the officials who spoke on condition of anonymity.
`,
};

describe('the place of who says a count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "marrow clinic - how many wounded in the 2031 kelton raid?" THEN the wounded the clinic counted, not the soldiers hurt', () => {
    const a = ask(index, 'marrow clinic - how many wounded in the 2031 kelton raid?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^27\b/);
  });
});
