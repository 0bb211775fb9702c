import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count asked of minors is not answered with a total that never says those counted were minors.
const REPORTS = {
  'morvania-hangings.txt': `Morvania behind a third of the world's executions in 2031, says Lantern Trust

Morvania carried out 35% of all known executions worldwide in 2031, with at least 410 people executed, according to the Lantern Trust, which called it a campaign of fear.

The total was 61 more than the year before, the group said in its yearly review published on Wednesday.

By the Trust's review, in 2031 Morvania put to death 12 women, three people for offences committed while they were under 18, and two people in town squares.
`,
  'selvar-youths.txt': `Selvar court hangs youths

Rights monitors in Selvar said that at least 7 juvenile offenders were hanged in 2031, all of them boys when they were arrested.
`,
};

describe('a count asked of minors', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a total THEN "how many for offences committed while under 18" is not answered with the total', () => {
    const a = ask(index, 'According to the Lantern Trust, how many people were executed in Morvania in 2031 for offences committed while they were under 18?').answer;
    expect(a.text).not.toMatch(/\b410\b/);
    if (a.answered) expect(a.text).toMatch(/\bthree\b/i);
  });

  it('GIVEN a count of juvenile offenders THEN it answers', () => {
    const a = ask(index, 'how many juvenile offenders were hanged in Selvar in 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b7\b/);
  });
});
