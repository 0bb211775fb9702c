import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who put the toll at 640?", "according to whom were 640 killed?", "who gave the Courier the figure of 640?": the
 * body the archive credits with the figure the question states, with the sentence it is credited in. The outlet the
 * figure was given to is not who gave it, and a figure no one is credited with (or only people told by what they
 * are, "officials") is not answered so.
 */
const REPORTS: Record<string, string> = {
  'dorn-toll.txt': `Dorn crackdown toll disputed

DORN, 9 March 2021 (Morrow Courier) – The Dorn Medical Union told the Morrow Courier that 640 people were killed in the March crackdown.

The Dorn Interior Ministry said 212 people died, most of them members of the security forces.

Officials in the capital put the number of arrests at 5,300.
`,
};

describe('who gave a figure the question states', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "who put the toll at 640?" THEN the union credited with 640 answers, with its sentence', () => {
    const a = ask(index, 'who put the toll at 640?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Dorn Medical Union\b/);
    expect(a.citations[0]?.excerpt).toContain('640 people were killed');
  });

  it('GIVEN "according to whom were 212 killed?" THEN the ministry answers, not the union', () => {
    const a = ask(index, 'according to whom were 212 killed in Dorn?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Dorn Interior Ministry\b/);
    expect(a.text).not.toContain('Medical Union');
  });

  it('GIVEN the outlet the figure was told to THEN it is not who gave it', () => {
    const a = ask(index, 'who gave the Morrow Courier the figure of 640 dead?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Dorn Medical Union\b/);
  });

  it('GIVEN a figure no report credits THEN no body is named for it', () => {
    const a = ask(index, 'who said 350 people were killed in Dorn?').answer;
    expect(a.answered).toBe(false);
  });
});
