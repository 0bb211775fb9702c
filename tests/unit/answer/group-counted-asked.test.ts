import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A half-year execution count that names the prisoners' peoples but counts none of them ("the Orlan and Dravish
 * minorities among them"). Asked how many of one people were executed, the totals (all prisoners, the women, the cases
 * announced) are no answer: an answer names the group asked, or none is given.
 */
describe('a count asked of a group named by its people', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'half-year.txt': `Kelvary put 140 prisoners to death in six months, watchdog says

Tollen Post

July 4, 2031

According to Sentinel Watch, a rights group based in Tollen, at least 140 prisoners were executed in Kelvary's jails between January and June 2031.

Those hanged came from every region, the Orlan and Dravish minorities among them.

Only 12 of these executions (9%) were announced by the state media.

At least 9 women were executed on murder and drug charges.
`,
    });
  });

  it('GIVEN "sentinel watch first half 2031, how many orlans got executed?" THEN no total of all prisoners', () => {
    const a = ask(index, 'sentinel watch first half 2031, how many orlans got executed?').answer;
    expect(a.text).not.toMatch(/\b140\b|\b12\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN all prisoners asked THEN the total still answers', () => {
    const a = ask(index, 'how many prisoners were executed in Kelvary in the first half of 2031, per Sentinel Watch?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b140\b/);
  });
});
