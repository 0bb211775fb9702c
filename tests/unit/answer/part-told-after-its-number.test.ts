import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "17 had died there, four of them children": a number that "of them" / "of whom" follows is a part of the total told
// before it. Asked the toll, the total answers; asked the part, the part does.
const REPORTS = {
  'tallin.txt': `Mortars fall on the Tallin shelter
Published: 11 August 2036 | Valley Courier

Mortars fell on the Tallin shelter on 10 August 2036. The Tallin Watch for Refugee Safety in the district (TWRS) announced on Thursday that 17 people had died there, four of them children.
`,
  'perrow.txt': `Raid on Perrow farm
Published: 12 August 2036 | Valley Courier

Militiamen raided Perrow farm on Friday and 23 farm hands were seized, nine of whom were later freed, the village council said.
`,
  'quessa.txt': `Arrests in Quessa
Published: 14 August 2036 | Valley Courier

Police in Quessa held 2,400 people over the weekend, 300 of them women, the lawyers' guild said.
`,
};

describe('a part told after its number is not the total', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "17 …, four of them children" WHEN the toll the watch gave is asked THEN four is not the answer', () => {
    const { answer } = ask(index, 'What death toll did TWRS give for the Tallin shelter?');
    expect(answer.text).not.toMatch(/^four/i);
  });

  it('GIVEN the same sentence WHEN how many died at Tallin is asked THEN four is not the answer', () => {
    const { answer } = ask(index, 'how many people died at the tallin shelter?');
    expect(answer.text).not.toMatch(/^four/i);
  });

  it('GIVEN the same sentence WHEN the children who died are asked THEN four answers', () => {
    const { answer } = ask(index, 'how many children died at the tallin shelter?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/four/i);
  });

  it('GIVEN "23 … seized, nine of whom were later freed" WHEN how many were seized is asked THEN nine is not the answer', () => {
    const { answer } = ask(index, 'how many farm hands were seized at Perrow farm?');
    expect(answer.text).not.toMatch(/^nine/i);
  });

  it('GIVEN a total written with a thousands comma WHEN how many were held in Quessa is asked THEN the total answers', () => {
    const { answer } = ask(index, 'how many people did police hold in Quessa?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2,400/);
  });
});
