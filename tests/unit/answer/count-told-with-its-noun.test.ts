import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many former prisoners live at the camp?" against "around 900 former political prisoners": the count is told
 * with the noun the asked words qualify, not cut after the first of them ("around 900 former").
 */
const REPORTS: Record<string, string> = {
  'rivel.txt': `Exiles open a museum at Camp Rivel

TIRANA, 4 May 2022 – The exiled Rivel movement opened a museum at its camp near Durres on Wednesday.

Camp Rivel houses around 900 former political prisoners, including survivors of the 1979 killings, a spokesman said.
`,
};

describe('a count told with the noun its asked words qualify', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN every word asked THEN the answer names the former political prisoners counted', () => {
    const a = ask(index, 'how many former political prisoners live at Camp Rivel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Around 900 former political prisoners\b/);
  });

  it('GIVEN a word of the noun phrase left out of the question THEN the noun is still told whole', () => {
    const a = ask(index, 'how many former prisoners live at camp rivel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Around 900 former political prisoners\b/);
  });
});
