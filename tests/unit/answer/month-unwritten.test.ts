import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report that states no year dates its conference only by its months: asked of a month it neither writes nor could
// have been written in (the month after one it writes), it does not answer.
const REPORTS = {
  'velden-senate.txt': `By Harbour Life Staff

Queen Adela of Tarvel and her grandson were guests of honour at the Velden Senate on Nov. 12, at a conference on the Tarvel crackdown.

In his opening address at the conference, Senator Piet Oranje said: “The people of Tarvel deserve our full support, and they will have it.”

Senator Mira Holst, who had chaired an earlier session in October, told the conference that the crackdown must be brought before a court.
`,
};

describe('an undated report asked of a month it never writes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the conference is dated only Nov. 12 THEN who spoke at it in March is not answered', () => {
    const a = ask(index, 'Who spoke at the Velden Senate conference in March 2029?').answer;
    expect(a.text).not.toMatch(/^Senator Piet Oranje/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the conference is dated Nov. 12 THEN who spoke at it in November answers', () => {
    const a = ask(index, 'Who spoke at the Velden Senate conference in November 2029?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Oranje/);
  });

  it('GIVEN the conference is dated Nov. 12 THEN asked of the December after it (when the report may be written) it answers', () => {
    const a = ask(index, 'Who spoke at the Velden Senate conference in December 2029?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Oranje/);
  });
});
