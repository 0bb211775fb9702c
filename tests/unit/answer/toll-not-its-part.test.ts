import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A toll asked is the count of all the dead: "45 children were killed" is a part of it, and "the death toll … rose
// yesterday, Sunday, to at least 388" states it, though words stand between the toll and its number.
const REPORTS = {
  'valdor-toll.txt': `45 Valdor children killed since the unrest began, monitors say
45 children were killed in the two months since Valdor rose up over the arrest of the poet Aron Sella.
The Lantern Network said its death toll for the unrest rose yesterday, Sunday, to at least 388, with 45 children among them.
Meanwhile no fewer than 9,120 people were detained in 97 towns.
By November 20, it added, students had marched at 50 colleges.
`,
  'valdor-october.txt': `Valdor toll climbs to 201, monitors say
Published: 21 October 2031 | Meridian Wire

Valdor's police have killed 201 protesters and detained more than 7,000 others since the arrest of the poet Aron Sella, a monitoring group said on Friday.
The Lantern Network said 28 of the dead were children.
The police lost 14 of their own, according to the Lantern Network.
`,
};

describe('a toll, not its part', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "45 children were killed" and "the death toll … rose yesterday, Sunday, to at least 388" WHEN the toll is asked THEN 388', () => {
    const { answer } = ask(index, "What was the Lantern Network's death toll for the Valdor unrest in late November 2031?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^At least 388\b/);
  });

  it('GIVEN the same reports WHEN the toll is asked in other words THEN never the children alone', () => {
    const { answer } = ask(index, "What was the Lantern Network's death toll for the Aron Sella protests in late November 2031?");
    expect(answer.text).not.toMatch(/^45 children/);
  });

  it('GIVEN the same reports WHEN the children killed are asked THEN a count of children', () => {
    const { answer } = ask(index, 'How many children were killed in the Valdor unrest?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b(?:45|28) children\b/);
  });
});
