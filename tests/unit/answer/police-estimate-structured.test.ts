import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "What was the police estimate of the crowd at the Harbour Mall rally where Ivo Sarn spoke?": the crowd sizes the
 * index holds for gatherings answer it only when the size's sentence credits the police, and only for a gathering
 * whose report writes the names the question places it by — not "thousands of demonstrators" beside "Police had no
 * official estimate", nor the 10,000 of a rally in another town.
 */
const REPORTS: Record<string, string> = {
  'harbour-mall.txt': `Exiles rally on the Harbour Mall
Published June 24, 2023

BRENN - Congressman Ivo Sarn shouted "down with the dictators" before thousands of cheering Vardanian exiles at a rally on the Harbour Mall on Friday.

Exiles from around the country were at the rally. Police had no official estimate of the crowd.
`,
  'ostrov-rally.txt': `Thousands rally in Ostrov
Published February 8, 2026

Some 10,000 people took part in the rally in Ostrov on Saturday, police said, to back the strikers in Vardania.
`,
};

describe('a police estimate asked of the structured crowd sizes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Police had no official estimate" beside "thousands" and a police count for a rally in another town THEN no estimate is given', () => {
    const a = ask(index, 'What was the police estimate of the crowd at the Harbour Mall rally where Ivo Sarn spoke?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/10,000|thousands of/);
  });

  it('GIVEN "Some 10,000 people took part in the rally in Ostrov, police said" THEN the police estimate of the Ostrov rally is 10,000', () => {
    const a = ask(index, 'What was the police estimate of the crowd at the Ostrov rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('10,000');
  });
});
