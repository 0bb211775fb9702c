import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Demonstrators gathered at noon by the Salt Gate to begin their march toward the square": the Salt Gate is where the
 * march started, told by "gathered … by" and by what came next ("to begin their march"). Asked where the march ended,
 * it was the answer (the start was not recognised as one); asked where it started, it is.
 */
const REPORTS: Record<string, string> = {
  'ostrov-square.txt': `Thousands have descended on Ostrov’s Cathedral Square to stand in solidarity with the strikers in Vardania as the strikes enter their 40th day.
Demonstrators gathered at noon by the Salt Gate to begin their march toward the historic square, where speeches from several exiled writers are being staged.
The event, organised by the Vardanian Writers Circle, also marks two years since the closure of the Brenn university.
`,
};

describe('where a march started, told by "gathered … by A to begin their march"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "gathered at noon by the Salt Gate to begin their march toward the square" THEN the Ostrov march started at the Salt Gate', () => {
    const a = ask(index, 'where did the Ostrov march on the 40th day of the strikes start?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^(?:the )?Salt Gate/i);
  });

  it('GIVEN the same sentence THEN the Salt Gate is not where the Ostrov march ended', () => {
    const a = ask(index, 'where did the Ostrov march on the 40th day of the strikes end?').answer;
    expect(a.text).not.toMatch(/^(?:the )?Salt Gate/i);
  });
});
