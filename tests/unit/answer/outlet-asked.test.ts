import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Which news agency reported that the tribunal lifted the ban?" asks an outlet: the one the sentence credits
 * ("…, Harbour Wire reports."), never a body the sentence names nor a list of reports that mention the topic.
 */
const REPORTS: Record<string, string> = {
  'kessel-ruling.txt': `Tribunal allows exiles' march in Kessel

A Kessel tribunal, on Friday, issued a ruling in which it unbanned an upcoming Vardanian opposition march, Harbour Wire reports.

The ban had been placed on the march by the Kessel police. The Vardanian Exile Council condemned the ban.
`,
  'kessel-plot.txt': `Exiles recall foiled plot

In 2029, the Norlandic authorities foiled a bomb attack against a gathering of the Vardanian Exile Council in Tallby, reported Nordpress.

The Vardanian Exile Council holds a march in Kessel every summer.
`,
  'kessel-council.txt': `Exile council plans summer march

The Vardanian Exile Council said its Kessel march will go ahead. The council's leader Mira Tann addressed supporters.
`,
};

describe('the outlet a report came from', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, Harbour Wire reports." THEN "which news agency reported that the tribunal lifted the ban" is Harbour Wire', () => {
    const a = ask(index, 'Which news agency reported that a Kessel tribunal had lifted the ban on the Vardanian opposition march?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/^Harbour Wire\b/);
  });

  it('GIVEN "…, reported Nordpress." THEN the agency that reported the foiled attack is Nordpress', () => {
    const a = ask(index, 'which agency reported the foiled bomb attack in Tallby?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/^Nordpress\b/);
  });

  it('GIVEN no sentence crediting an outlet THEN a body the sentences name is not given as the outlet', () => {
    const a = ask(index, 'Which newspaper reported the Kessel march of the exile council?').answer;
    expect(a.answered && /Exile Council|Mira Tann|Kessel police/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });
});
