import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { claimantIn } from '../../../src/answer/evidence.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A figure quoted and closed by "…," the UN VRO stated on its website.": the body that stated it is the figure's
// source, so a question asking another body's figure by its acronym is not answered with it.
// Report written for the tests: invented places, bodies and numbers.
describe('a count credited by "X stated" after the quote', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'varnia.txt': ` date 2031-03-04 KOLM, March 4. /NWA/. Nearly 40,000 residents of the northern Varnia have been forced to leave their homes in the wake of the Tessel military operation that began on February 20, the UN Valley Relief Office (VRO) informed on Tuesday.
"Close to 40,000 people have now been displaced in north Varnia: 15,000 of them children," the UN VRO stated on its website. "Despite access challenges, aid groups are scaling up."
Earlier on Tuesday, the Lowland Commission for Displaced Persons said that in the past week, over 2,300 Varnians arrived to Ostra. The majority of them were placed at the Dell camp about 60 km away from the border.
On February 20, Tessel announced the launch of Operation Green Field in northern Varnia, which began with airstrikes on rebel positions.
`,
    });
  });

  it('GIVEN "…," the UN VRO stated THEN the sentence credits the UN VRO', () => {
    expect(claimantIn('"Close to 40,000 people have now been displaced in north Varnia: 15,000 of them children," the UN VRO stated on its website.')).toMatch(/VRO/);
  });

  it('GIVEN the VRO\'s quoted count of children THEN the children displaced according to LCDP are not the VRO\'s 15,000', () => {
    const a = ask(index, 'how many children were displaced in north Varnia according to LCDP?').answer;
    expect(a.text).not.toMatch(/15,000/);
  });

  it('GIVEN the same report THEN asked according to the VRO, its 15,000 children answer', () => {
    const a = ask(index, 'how many children were displaced in north Varnia according to VRO?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/15,000/);
  });
});
