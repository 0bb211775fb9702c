import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When were the appeals due to be heard?" (probe 37: answered with the day the court ruled), pinned with a report
// written for the tests: invented people and towns. A date question closing on its deed ("heard") is answered only by
// a sentence writing that deed.
describe('the date of another deed of a court', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'lindau-appeals.txt': `Envoy will not contest his term

LINDAU: A Vardanian envoy's 14-year term for plotting to bomb an exile congress became final yesterday after he let the deadline pass, his lawyer said. Pell Harrow, 52, was found guilty in May by a Lindau court of bringing the bomb for the planned attack.

Two men given terms of nine and ten years as his helpers are keeping up their appeals, the court clerk said. Those cases will be heard around mid-October.

The court ruled on May 9 that Harrow was guilty of planning an attack "of a terrorist kind".
` });
  });

  it('GIVEN the ruling is dated May 9 THEN when the appeals are to be heard is not May 9', () => {
    const a = ask(index, "when were the appeals of Harrow's two helpers due to be heard?").answer;
    expect(a.text).not.toMatch(/^May 9/);
    expect(a.answered ? /October/.test(a.text) : true).toBe(true);
  });

  it('GIVEN "The court ruled on May 9" THEN the day of the ruling is still May 9', () => {
    const a = ask(index, 'On what day did the Lindau court rule that Harrow was guilty?').answer;
    expect(a.text).toMatch(/May 9/);
  });
});
