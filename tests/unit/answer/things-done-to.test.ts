import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many clinics were hit?" asks for clinics the deed was done to. A report that counts only the clinics still
 * working ("only four functioning clinics") tells no such number: nothing answers. ("hit" is a past participle
 * without -ed.)
 */
describe('things counted with the deed done to them', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'varn-health.txt': `Toll rises in eastern Varn

March 4, 2031

The Health Agency has said at least 210 people have been killed and more than 900 injured in eastern Varn over the past two weeks.

According to the Health Agency, there are now only four functioning clinics in the besieged east of the city, with only 12 doctors able to provide care.
`,
    });
  });

  it('GIVEN "how many clinics did the Health Agency say were hit in east Varn?" THEN no answer, not the functioning ones', () => {
    const a = ask(index, 'how many clinics did the Health Agency say were hit in east Varn during those two weeks?').answer;
    expect(a.text).not.toMatch(/\bfour\b/i);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the working clinics asked THEN four', () => {
    const a = ask(index, 'how many functioning clinics are left in eastern Varn?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\bfour\b/i);
  });
});
