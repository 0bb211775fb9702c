import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monthly bulletin whose sentences open on the month they count ("In May 2031, …"): its count is that month's,
// never the answer for another month, nor for another year.
const REPORTS = {
  'varn-gallows-bulletin.txt': `Monthly bulletin of the Lantern Prison Monitor

The Lantern Prison Monitor keeps a register of hangings carried out by the courts of Varn.

In May 2031, the courts of Varn hanged 61 prisoners, a sharp rise on the spring.

This is nearly twice the toll of May 2030, when the same courts hanged 33 men and women.

Most of the hangings took place at dawn in the Orsk detention centre.
`,
};

describe('a count dated by the month its sentence opens on', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "In May 2031, … hanged 61" THEN it answers how many were hanged in May 2031', () => {
    const a = ask(index, 'How many prisoners were hanged in Varn in May 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b61\b/);
  });

  it('GIVEN only May 2031 is counted THEN "how many in June 2031" is declined, naming the month held', () => {
    const a = ask(index, 'How many prisoners were hanged in Varn in June 2031 according to the Lantern Prison Monitor?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/\b61 prisoners\b/);
    expect(a.text).toMatch(/May 2031/);
  });

  it('GIVEN only one month of 2031 is counted THEN "how many in 2031" is not answered with that month\'s count', () => {
    const a = ask(index, 'How many prisoners were hanged in Varn in 2031 according to the Lantern Prison Monitor?').answer;
    expect(a.text).not.toMatch(/^61\b|\b61 prisoners were/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN "… of May 2030, when the same courts hanged 33" THEN the 33 is not the count of 2030 as a whole', () => {
    const a = ask(index, 'How many men and women did the courts of Varn hang in 2030 according to the Lantern Prison Monitor?').answer;
    expect(a.text).not.toMatch(/\b33 men\b.*were|^33\b|, 33 /);
  });

  it('GIVEN the count of May 2031 THEN "how many in May 2029" is not answered with it', () => {
    const a = ask(index, 'How many prisoners did the courts of Varn hang in May 2029?').answer;
    expect(a.text).not.toMatch(/\b61\b/);
  });
});
