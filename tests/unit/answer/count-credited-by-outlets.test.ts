import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Tolls credited as reports credit them: two outlets that "report, citing witnesses, that …" (a plural verb), and a
// count "published on Monday by the NGO …" (the passive, the body after it). The report names the UN and Amnesty only
// as bodies that appeal or rank. Asked according to the UN or to Amnesty, neither toll is theirs: the bot says so.
const REPORTS = {
  'dorn-tolls.txt': `Hundreds feared dead after the Dorn raids
Published: 2 October 2031 | Kessa Wire

The Harbour Times and Brenn Daily News report, citing witnesses, that more than 700 people were killed in Dorn during the raids.

A count of 412 executions in Varn this year was published on Monday by the NGO Varn Rights League (VRL).

The UN envoy for Varn urged both sides to spare civilians.

Amnesty International ranks Varn among the five countries with the most executions.
`,
};

describe('a count credited by outlets or in the passive', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN outlets\' toll WHEN asked the toll in Dorn according to the UN THEN not in the archive, no toll credited to the UN', () => {
    const { answer } = ask(index, 'how many people were killed in Dorn according to the UN?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/700/);
  });

  it('GIVEN a count published by a league WHEN asked the executions in Varn according to Amnesty THEN not in the archive', () => {
    const { answer } = ask(index, 'how many executions were there in Varn this year according to Amnesty?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/412/);
  });

  it('GIVEN the same report WHEN asked the executions according to the VRL THEN its count', () => {
    const { answer } = ask(index, 'how many executions were there in Varn this year according to the VRL?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/412/);
  });
});
