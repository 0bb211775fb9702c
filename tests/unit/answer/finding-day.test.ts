import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "A gas attack killed 812 civilians, … a report by Norland intelligence agencies concluded on Friday": Friday is
 * the day the report's finding was made, not the day of the attack, which the report tells elsewhere ("had been used
 * … on Aug. 14"). Asked when the report came out, Friday is the answer.
 */
const REPORTS: Record<string, string> = {
  'tallby-report.txt': `Norland says 812 killed in Aug. 14 Tallby gas attack
Updated: 2021-08-28 07:00

BRENN - A gas attack on the Tallby suburbs killed 812 civilians, including 230 children, an unclassified report by Norland intelligence agencies concluded on Friday.

The report said an intercepted message from an officer confirmed that the gas had been used by the army on Aug. 14 and asked to keep inspectors away.

The report said three clinics in the Tallby area received some 2,100 patients in less than three hours.
`,
};

describe('the day a report concluded is not the day of what it found', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "… killed 812 civilians, … a report … concluded on Friday" THEN the attack’s date is August 14, not that Friday', () => {
    const a = ask(index, 'what was the date of the Tallby gas attack Norland said killed 812?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^August 14, 2021/);
  });

  it('GIVEN the same report THEN asked when the report came out, the answer is that Friday', () => {
    const a = ask(index, "when did Norland's intelligence report on the Tallby attack come out?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^August 27, 2021/);
  });
});
