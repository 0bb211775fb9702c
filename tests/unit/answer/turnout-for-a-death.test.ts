import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { measureOf } from '../../../src/understand/measures.ts';
import { findCities } from '../../../src/extract/places.ts';

/*
 * "How many turned out for the march on the anniversary of X's death?" asks the crowd: the death names the occasion,
 * not a toll; a march "through Ostrov" was in Ostrov; and people the count places in another town ("as 25 women in
 * Brenn began a hunger strike") are not that crowd.
 */
const REPORTS: Record<string, string> = {
  'ostrov-anniversary.txt': `OSTROV: Hundreds of demonstrators marched through Ostrov on Sunday to mark the second anniversary of Lena Marek's death and to show solidarity with the strikers in Vardania.

The protest took place as 25 women in Brenn began a hunger strike to commemorate the anniversary of Marek's death.

Human rights groups estimate that at least 310 people were killed in the crackdown that followed her death.
`,
};

describe('a crowd asked for a march that marks a death', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "turned out … on the anniversary of X\'s death" THEN the measure is attendance, not deaths', () => {
    expect(measureOf("How many people turned out for the march on the second anniversary of Lena Marek's death?")).toBe('attendance');
    expect(measureOf("how many people were killed after Lena Marek's death?")).toBe('killed');
  });

  it('GIVEN "marched through Ostrov" THEN Ostrov is a city the text names', () => {
    expect(findCities('Hundreds of demonstrators marched through Ostrov on Sunday.').map((c) => c.city)).toContain('Ostrov');
  });

  it('GIVEN the turnout asked THEN the marchers are counted, not the hunger strikers nor the dead', () => {
    const a = ask(index, "How many people turned out for the Ostrov march on the second anniversary of Lena Marek's death?").answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/hundreds/i);
    expect(a.text.split('“')[0]).not.toMatch(/\b(?:25|310)\b/);
  });
});
