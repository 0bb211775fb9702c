import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two reports on protests over a baker's death in custody in Tarnia: one counts the dead across the whole republic,
// the other says where most were killed. Asked where most killings were reported, the bot never gives the republic the
// first report's sentence names: a place had the most only where a sentence says so (most, highest, majority, half).
const REPORTS = {
  'a.txt': `Bread protests spread across Tarnia as monitor counts 90 dead
Protests sparked by the death of a young baker, Ilya Marek, 24, in police custody go on across the Republic of Tarnia as the Delm-based Tarnian Rights Monitor says at least 90 people, among them 11 children, have been killed.

The first protests broke out on May 3 at Marek's funeral in Osk, a market town in the north.
`,
  'b.txt': `Ilya Marek death – at least 20 killed in Tarnia protests
DELM – At least 20 people are dead after security forces moved against protests over the death of Ilya Marek, a local monitor said.

The deaths were recorded in more than 30 towns, with most killings reported in Varla and Lesk.
`,
};

describe('where the most were killed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a nationwide toll and a sentence on where most died WHEN asked where most killings were reported THEN never the republic', () => {
    const { answer } = ask(index, 'where were most killings reported in the first week of the ilya marek protests');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Republic of Tarnia/);
    if (answer.answered) expect(answer.text).toMatch(/Varla|Lesk/);
  });
});
