import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A toll is often given whole ("the deaths of 48,210 people") and then by group ("21,305 civilians, among them 4,102
 * children"). Asked the victims of one group, the group's own count answers, not the total it is a part of; asked the
 * women or children among them, a count of other people ("nine protesters") or of everyone ("612 executions") is no
 * answer at all.
 */
const REPORTS: Record<string, string> = {
  'velmora-toll.txt': `Monitor puts Velmora war dead above 48,000

GRENHOLM, March 3 — The Velmora Rights Watch has documented the deaths of 48,210 people since the fighting began in the spring of 2029.

In a statement issued on Sunday, the monitor said the documented toll included 21,305 civilians, among them 4,102 children.

The group said it could not reach several districts in the north and that the real figure is likely higher.
`,
  'norvania-executions.txt': `Norvania executions at a ten-year high, rights group says

The Halden Justice Project recorded 612 executions in Norvania in 2031, its yearly report says.

Nine protesters were executed during the year after trials the group called unfair.

Most of the others were hanged for drug offences, the report adds.
`,
};

describe('a group asked, not the total or other people', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a total of people and then a count of civilians WHEN asked how many civilians were killed THEN the civilians', () => {
    const a = ask(index, 'How many civilians had the Velmora Rights Watch documented killed?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/21,305 civilians/);
    expect(a.text).not.toMatch(/^48,210/);
    expect(a.citations[0]?.file).toBe('velmora-toll.txt');
  });

  it('GIVEN counts of executions and of protesters executed WHEN asked how many women were executed THEN declines', () => {
    const a = ask(index, 'how many women did norvania execute in 2031?').answer;
    expect(a.text).not.toMatch(/Nine protesters|612/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report WHEN asked how many protesters were executed THEN nine', () => {
    const a = ask(index, 'how many protesters did norvania execute in 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Nine protesters/);
  });
});
