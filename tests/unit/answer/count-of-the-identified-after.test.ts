import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An invented report: a monitor gives only how many of the detained students it has identified (the part told after
// its number, "N of the detained … have been identified"), never how many were detained in all. Asked how many were
// detained, the bot does not give the identified part as the whole; asked how many were identified, it does.
const REPORTS = {
  'tovar-monitor.txt': `Monitor lists detained students in Tovaria

June 2, 2033

The Tovar Student Watch, a monitor based abroad, said the crackdown on campuses had widened over the past month.
The monitor added that 1,130 of the detained students have been identified, noting that 45 are under 18.
Campus gates in the capital stayed shut on Tuesday.
`,
};

describe('a count of those identified, told after its number, is no count of all (probe53)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the count of detained students identified WHEN asked how many students were detained THEN it abstains', () => {
    const { answer } = ask(index, 'How many students were detained according to the Tovar Student Watch?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/1,130/);
  });

  it('GIVEN the same report WHEN asked how many detained students were identified THEN 1,130', () => {
    const { answer } = ask(index, 'How many detained students has the monitor identified?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,130/);
  });
});
