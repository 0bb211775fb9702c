import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "nearly 80 to 95 people", "some 12 or 15 people": a range told without "between" is one claim, stated whole; its
// upper end alone is no count (and the lower end is not dropped). "rose from 80 to 95" is a change, not a range.
const REPORTS = {
  'minister.txt': `Lawmaker gives first toll for the Brenn riots
Published: 9 July 2036 | Osterby Times

OSTERBY — The head of the assembly's security panel, Lars Odvin, said on Monday that 97 people died in the Brenn riots of March.
Earlier, Home Minister Petra Halm suggested that nearly 80 to 95 people may have died in the Brenn riots.
On state television Halm added that some 12 or 15 people were shot with weapons the police do not carry.
`,
};

describe('a range told without "between"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a minister suggested "nearly 80 to 95" WHEN her toll is asked THEN both ends are stated', () => {
    const { answer } = ask(index, 'What death toll did home minister Petra Halm suggest for the Brenn riots?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/80 to 95/);
  });

  it('GIVEN the same report WHEN the toll is asked THEN no end of a range is given as a count of its own', () => {
    const { answer } = ask(index, 'how many people were killed in the Brenn riots?');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/(?<!to )95 people were killed/);
    expect(answer.text).not.toMatch(/(?<!or )15 people were killed/);
  });

  it('GIVEN the same report WHEN the lawmaker toll is asked THEN his own figure is kept', () => {
    const { answer } = ask(index, 'How many people died in the Brenn riots according to Lars Odvin?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/97/);
  });
});
