import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Which UN mission spokeswoman confirmed the attack?": one person is asked (a singular noun before the verb), so
 * the speakers of the lines after her sentence are not listed with her.
 */
const REPORTS: Record<string, string> = {
  'kelvar-attack.txt': `Two dead in attack on Kelvar camp

March 9, 2031

A deadly attack on the Kelvar camp near Kessia on Saturday killed two residents, police and U.N. officials said.

"I can confirm that there was a deadly attack," Ada Lenk, spokeswoman for the United Nations mission in Norvia, told AFP.

A police colonel, speaking on condition of anonymity, put the toll at three dead.

But Ilan Matz, a spokesman for the residents of Kelvar, said two people were killed -- one woman and one man.

The UN mission has asked for protective walls around the camp.
`,
};

describe('one person asked by a singular noun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "which UN mission spokeswoman confirmed the attack" THEN Ada Lenk alone, not the residents\u2019 spokesman after her', () => {
    const a = ask(index, 'Which UN mission spokeswoman confirmed the deadly March 2031 Kelvar attack to AFP?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Ada Lenk/);
    expect(a.text.split('“')[0]).not.toMatch(/Matz/);
  });
});
