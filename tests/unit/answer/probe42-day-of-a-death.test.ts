import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A march told with the day of the death that set it off (found on a probe of diaspora rallies): the day is the
// death's, never the march's. The archive is written in invented words.
const march =
  'Thousands march in Dornfeld for the protesters of Varn\n\nThousands of marchers filled the streets of Dornfeld on Saturday, waving flags in support of the protests sweeping Varn.\n\nBig crowds met at Alder Park before heading to Dornfeld Town Hall, as marchers shouted “justice for Varn” for blocks.\n\nTens of thousands also marched in other cities on Saturday in the newest show of support abroad after the death of 19-year-old Lena Hart on Aug. 3. Ms. Hart died after being held by the guard police.\n';

describe('the day of a death named with whose death it was dates no gathering', () => {
  it('GIVEN "after the death of 19-year-old X on Aug. 3" WHEN the rally is dated THEN August 3 is not its date', async () => {
    const index = await archiveOfTexts({ 'm.txt': march });
    const answer = ask(index, 'when was the rally in Dornfeld?').answer;
    expect(answer.text).not.toMatch(/Aug(?:ust|\.)? 3|3 Aug/);
  });

  it('GIVEN the same report WHEN "when was the march" is asked THEN August 3 is not given either (the event’s sentence is read for a day)', async () => {
    const index = await archiveOfTexts({ 'm.txt': march });
    const answer = ask(index, 'when was the march in Dornfeld?').answer;
    expect(answer.text).not.toMatch(/Aug(?:ust|\.)? 3|3 Aug/);
  });
});
