import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { measureOf } from '../../../src/understand/measures.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';

/*
 * "How many prisoners were massacred in '79?": the prisoners are who died (not a count of arrests), and "'79" or a bare
 * "in 81" before the question's end is a year as chat shortens it. "…, the committee said" credits the committee named
 * before.
 */
const REPORTS: Record<string, string> = {
  'valdor.txt': `Exiles remember the Valdor prison killings

PRAGUE, 14 March 2021 – Former inmates of Valdor prison gathered in Prague on Sunday to remember the killings of the summer of 1979.

At the time the prison held some 4,000 political prisoners, according to the Valdor Memory Committee.

In a few weeks, at least 1,350 prisoners were massacred on the orders of a secret tribunal, the committee said.

About 200 people were arrested in the raids that preceded the killings.
`,
  'korvin.txt': `Korvin camp remembered forty years on

OSLO, 2 June 2021 – Relatives gathered in Oslo on Wednesday for the victims of Korvin camp.

Guards shot dead 640 inmates at Korvin camp in the spring of 1981, the Korvin Families Association said.
`,
};

describe('prisoners massacred, in a year written with two digits', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN prisoners or inmates who were massacred, murdered, slain or perished THEN deaths are counted, not arrests', () => {
    expect(measureOf('how many prisoners were massacred?')).toBe('killed');
    expect(measureOf('how many political prisoners were murdered')).toBe('killed');
    expect(measureOf('how many detainees were slain')).toBe('killed');
    expect(measureOf('how many inmates perished')).toBe('killed');
    expect(measureOf('how many prisoners were arrested after the massacre')).toBe('arrested');
  });

  it("GIVEN \"in '79\" THEN the 1979 killings are counted, by the body that counted them", () => {
    const a = ask(index, "How many prisoners were massacred in '79?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('1,350');
    expect(a.text).not.toMatch(/\b(?:4,000|200|640)\b/);
  });

  it('GIVEN "the committee said" after the committee was named THEN the count is credited to it by name', () => {
    const a = ask(index, 'how many prisoners were massacred at Valdor?').answer;
    expect(a.text).toContain('1,350');
    expect(a.text).toContain('Valdor Memory Committee');
  });

  it('GIVEN a bare "in 81" before the source THEN the 1981 killings are counted', () => {
    const a = ask(index, 'how many inmates perished in 81 according to the families association').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b640 inmates were killed/);
    expect(a.text).toContain('Korvin Families Association');
    expect(a.text).not.toContain('1,350');
  });

  it('GIVEN two digits that count or span things THEN no year is read into them', () => {
    for (const q of ['how many were released out of 30?', 'how many were arrested in 12 and 13 cities?', 'who got prison terms from 10 to 15 years?']) expect(cleanQuestion(q)).toBe(q);
    expect(cleanQuestion("how many died in '79?")).toBe('how many died in 1979?');
  });

  it('GIVEN "in 88 towns" THEN the number counts towns, and no year is read', () => {
    const a = ask(index, 'how many were arrested in 88 towns?').answer;
    expect(a.answered).toBe(false);
  });
});
