import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When did X happen, the one that made Y …": the clause after the comma only sets the scene; the date of that
// deed (the report's own dateline here) is not the date of X.
const REPORTS = {
  'dorvia-relations.txt': `Dorvia breaks off relations with Kessland

 date 2031-06-11 Dorvia broke off its relations with Kessland on Wednesday, Premier Anja Velt said.

Velt charged Kessland with a vast cyberattack on Dorvian ministries.

Ostrava says that the cyberattack on the ministries occurred on March 3.

All Kessland envoys must leave Dorvia within two days.
`,
};

describe('a date question with a scene-setting clause', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the dateline tells of the scene-setting deed WHEN asked the date of the deed before it THEN that dateline is not given', () => {
    const { answer } = ask(index, 'When did the cyberattack on Dorvian ministries happen, the one that made Ostrava break off relations with Kessland?');
    expect(answer.text).not.toMatch(/June 11/);
  });

  it('GIVEN a sentence dates the deed asked WHEN asked without the clause THEN its date is given', () => {
    const { answer } = ask(index, 'When did the cyberattack on Dorvian ministries happen?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/March 3/);
  });
});
