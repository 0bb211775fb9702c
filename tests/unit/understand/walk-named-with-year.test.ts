import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { parseQuestionRange } from '../../../src/understand/question-dates.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "the solidarity march 2031": a walk named with its year, not March 2031 — the question asks about the year, and a
 * report of the walk in June is no report "for another period".
 */
const REPORTS: Record<string, string> = {
  'kelby-march.txt': `Solidarity March 2031

Vardanian exiles rally in Kelby

Vardanian exiles rally in Kelby On Friday June 20, 2031, several thousand Vardanian exiles from 30 regions held a large rally beginning at the Ministry of Trade in Kelby. Participants then marched to the Old Bridge.
`,
};

describe('a walk named with its year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each([
    ['solidarity march 2031 in kelby - where did it start', '2031-01-01', '2031-12-31'],
    ['the freedom march 2031', '2031-01-01', '2031-12-31'],
    ['kelby rally march 2031 - police count?', '2031-03-01', '2031-03-31'],
    ['what happened in march 2031', '2031-03-01', '2031-03-31'],
  ])('GIVEN "%s" THEN the period asked runs from %s to %s', (q, from, to) => {
    const r = parseQuestionRange(q);
    expect(r?.from).toBe(from);
    expect(r?.to).toBe(to);
  });

  it('GIVEN "solidarity march 2031 - where did it start" THEN where the June rally began answers', () => {
    const a = ask(index, 'solidarity march 2031 in kelby - where did it start').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ministry of Trade/);
  });
});
