import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "how many in 2030, going by the report that counted 410 for 2031?": the year written with a figure the question
 * states is that figure's, context for the year asked. A report that opens on 2031 and never writes 2030 gives its
 * figures without a year of their own ("some 328 executions") for 2031, not for the year asked.
 */
const REPORTS: Record<string, string> = {
  'norvania-yearly.txt': `A yearly report by the Halden Justice Project counts the executions carried out in Norvania during 2031.

According to the report, at least 410 executions were recorded, up sharply from the previous year's count.

Only one in five was announced by officials, against about a third between 2026 and 2028.

The remaining 80%, some 328 executions, were never announced by the authorities, the group said.
`,
  'ostra-council.txt': `Exiles elect a new council in Ostra

The exiles' association in Ostra elected its new council at a meeting in March 2030, its secretary said.
`,
};

describe('the year of a figure the question states', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "counted 410 for 2031" in the question THEN only 2030 is the year asked', () => {
    const intent = understand('how many executions were there in norvania in 2030, going by the Halden report that counted 410 for 2031?', index);
    expect(intent.analysis.years).toEqual([2030]);
  });

  it('GIVEN a report on 2031 that never writes 2030 WHEN asked the count for 2030 THEN declines', () => {
    const a = ask(index, 'how many executions were there in 2030, going by the Halden report that counted 410 for 2031?').answer;
    expect(a.text).not.toMatch(/^(?:some )?328|^(?:at least )?410/i);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report WHEN asked the count for 2031 THEN at least 410', () => {
    const a = ask(index, 'how many executions did Norvania carry out in 2031 according to the Halden Justice Project?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/410/);
  });
});
