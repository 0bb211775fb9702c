import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who was the presiding judge at the trial?", "who was the prosecutor at the trial?": the one person asked holds that
 * office. A report that names the defendants, the guests and a country, but never the judge or the prosecutor by
 * name, holds no answer; the defendant or a country "defending" a position is not it.
 */
const REPORTS: Record<string, string> = {
  'korvel-trial.txt': `Envoy sentenced over foiled attack on exiles' congress

Steffa Holm / March 9, 2031

The criminal court of Korvel sentenced on Tuesday a foreign envoy, Darius Menk, to 18 years in prison for plotting to bomb a congress of exiles held near Lunden in 2029.

The federal prosecutor had asked for the maximum sentence, saying the envoy coordinated the plot from his embassy.

During the trial, the envoy's lawyers argued that the Korvel court could not judge a diplomat, a position also defended by Ostravia.
`,
  'talmar-trial.txt': `Talmar court hears arson case

The trial of two activists accused of setting fire to a consulate in Talmar opened on Monday.

Judge Irena Vasko presided over the hearing, which was adjourned until April.
`,
};

describe('a court office asked of a trial', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no judge named WHEN asked who was the presiding judge at the trial THEN declines, naming no country', () => {
    const a = ask(index, 'Who was the presiding judge at the Korvel trial of the envoy?').answer;
    expect(a.text).not.toMatch(/^Ostravia/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the prosecutor unnamed WHEN asked who was the prosecutor at the trial THEN declines, not the defendant', () => {
    const a = ask(index, 'who was the prosecutor at the korvel trial?').answer;
    expect(a.text).not.toMatch(/^Darius Menk/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN "Judge Irena Vasko presided over the hearing" WHEN asked who was the judge at the Talmar trial THEN Irena Vasko', () => {
    const a = ask(index, 'who was the judge at the Talmar arson trial?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Irena Vasko/);
    expect(a.citations[0]?.file).toBe('talmar-trial.txt');
  });
});
