import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A number of places the arrests reached is no number of people arrested.
const REPORTS = {
  'corvane-well-sabotage.txt': `Corvane issues arrests after well sabotage

Corvane's deputy security minister on Wednesday announced the first arrests in the sabotage of village wells.

"Based on the work of the security services, several suspects were arrested in six provinces and the inquiry is continuing," Tomas Reyd told the Brightline channel.

The wells in the eastern hills were found poisoned in early spring, and farmers have demanded compensation.
`,
};

describe('places counted for people', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "arrested in six provinces" THEN "how many ppl did reyd say were arrested" is not answered with the provinces', () => {
    const a = ask(index, 'how many ppl did reyd say were arrested over the well sabotage').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/six|provinces/i);
  });

  it('GIVEN the same report THEN "in how many provinces were people arrested" is still answered', () => {
    const a = ask(index, 'in how many provinces were people arrested over the well sabotage?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/six/i);
  });
});
