import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Failure classes of the thirteenth probe (camp raids, trials, diaspora sit-ins), pinned with reports written for the
// tests (invented places, people, bodies).
const REPORTS = {
  'brellow-raid.txt': `Troops raid Brellow settlement; 14 dead

KASTOR VALE - Army units stormed the Brellow settlement of exiled Dornish dissidents and at least 14 people were killed in the pre-dawn clashes Friday, officials said.

The exiles said 40 residents were killed, while the colonel who led the raid denied that anyone died.

But two officials at the hospital in Marrow, the district capital, said 14 exiles were killed and 52 wounded in the clashes.
`,
  'harlan-camp.txt': `Harlan camp is stormed; 3 Killed, Hundreds Hurt

May 4, 2031 Guards of the Osrian interior ministry entered the Harlan camp with clubs and water cannon. Three individuals are known to have been killed and hundreds severely wounded.
`,
  'harlan-review.txt': `Osria and its exiles

May 2031

Guards storm the Harlan camp of Osrian exiles on May 4. Guards reportedly kill 9 and wound 300 after opening fire.
`,
};

describe('thirteenth probe: who counts is not what is counted', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "two officials at the hospital … said 14 exiles were killed" THEN the exiles killed are 14, not two', () => {
    const a = ask(index, 'How many exiles did officials at the Marrow hospital say died in the Friday pre-dawn army raid on Brellow?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^14 exiles/);
    expect(a.text).not.toMatch(/^Two/);
  });

  it('GIVEN "hundreds severely wounded" THEN the adverb is not what is counted', () => {
    const a = ask(index, 'How many people were wounded when the guards stormed the Harlan camp on May 4?').answer;
    expect(a.text).not.toMatch(/of severely/);
    expect(a.text).not.toMatch(/^Three/);
  });

  it('GIVEN "kill 9 and wound 300" THEN "wound" is a deed of injuring and answers how many were wounded', () => {
    const a = ask(index, 'How many were wounded when guards went into the Harlan camp with clubs?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^300\b/);
  });
});
