import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A date read from a sentence of a report's body answers only when that sentence tells of what is asked: a date of
// the cyberattack is no date of an envoy leaving.
const REPORTS = {
  'dorvia-kessland.txt': `Dorvia breaks off relations with Kessland

 date 2031-06-11 Dorvia broke off its relations with Kessland on Wednesday, Premier Anja Velt said.

Velt charged Kessland with a vast cyberattack on Dorvian ministries.

Ostrava says that the cyberattack on the ministries occurred on March 3.

All Kessland envoys must leave Dorvia within two days.
`,
};

describe('a date told in a sentence about something else', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no sentence dates the envoy leaving WHEN asked when the envoy left THEN the date of the cyberattack is not given', () => {
    const { answer } = ask(index, 'On what date did the Kessland envoy sent home by Dorvia actually leave Ostrava?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/March 3/);
  });

  it('GIVEN a sentence dates the cyberattack WHEN asked when it happened THEN its date is given', () => {
    const { answer } = ask(index, 'When did the cyberattack on Dorvian ministries happen?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/March 3/);
  });
});
