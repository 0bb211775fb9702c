import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "The Kessa Rights League has now put the number of prisoners executed by order of the governor at around 4,200": the league
// claims the figure. It was credited to the newspaper ("has" before the verb and the words after "number" were not read).
const REPORTS = {
  'kessa-court.txt': `Court hears survivors of the 1991 prison killings
Lowland Gazette
2 March 2038

Survivors told the court in Kessa how guards led prisoners away in groups during the summer of 1991.

The Kessa Rights League has now put the number of prisoners executed by order of the governor at around 4,200, adding in a 2030 report that the true figure could be higher.
`,
};

describe('a number a body "has put at"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "The Kessa Rights League has now put the number of prisoners executed … at around 4,200" WHEN asked the league\'s count THEN it is credited to the league', () => {
    const { answer } = ask(index, 'How many prisoners were executed according to the Kessa Rights League?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^According to (the )?Kessa Rights League\b.*?around 4,200/);
  });
});
