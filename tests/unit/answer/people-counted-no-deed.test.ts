import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many residents did the camp house?": no deed of harm is asked of the people counted, so a count of those the
 * sentence says were killed ("killed four people") is of the victims, not of the residents.
 */
const REPORTS: Record<string, string> = {
  'kelvar-june.txt': `Two dead in second attack on Kelvar camp

June 15, 2031

A deadly attack on the Kelvar camp near Kessia housing exiles on Saturday killed two residents, the second such assault this year.

But Ilan Matz, a spokesman for the residents of Kelvar, said two people were killed and more than 12 wounded.

Saturday's attack was the second assault this year on Kelvar camp, which has some 2,000 residents.

In February, dozens of shells fired at the camp killed four people, according to the relief office.
`,
};

describe('people counted with no deed asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "how many residents did Kelvar camp house" THEN not the four people killed', () => {
    const a = ask(index, 'How many residents did Kelvar camp house when shells hit it in February 2031?').answer;
    expect(a.text).not.toMatch(/^Four people/i);
    if (a.answered) expect(a.text).toMatch(/^Some 2,000 residents/);
  });

  it('GIVEN "how many residents were killed in February" THEN the four killed still answer', () => {
    const a = ask(index, 'How many people were killed when shells hit Kelvar camp in February 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Four people/i);
  });
});
