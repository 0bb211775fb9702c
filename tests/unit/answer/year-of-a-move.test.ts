import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "In what year did the exiles move to Lurania?" asks the date of their move, not of the congress the report tells:
 * the congress's day is no answer, nor is a list of the archive's events.
 */
const REPORTS: Record<string, string> = {
  'oriel-congress.txt': `Guests from abroad meet Varnese exiles at Camp Oriel

A large congress of the Varnese opposition was held at Camp Oriel in Lurania on Sunday, 9 August 2026.

Hundreds of guests sat with the Varnese exiles, who moved to Lurania from Kastor after a long siege.

The keynote address was given by Hela Morvan, the exiles' chairwoman.
`,
  'pell-vigil.txt': `Vigil in Pell for the prisoners of Kastor

Some 300 Swedish supporters of the exiles held a vigil in Pell on March 3, 2025.
`,
};

describe('the year of a move asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no sentence dating the exiles\' move THEN "in what year did they move" is not answered with the congress\'s day', () => {
    const a = ask(index, 'In what year did the Varnese exiles move to Lurania from Kastor?').answer;
    expect(a.answered && /2026|2025/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN the same THEN "when did the Swedish supporters move to Pell" is not answered with the vigil\'s day', () => {
    const a = ask(index, 'When did the Swedish supporters move to Pell?').answer;
    expect(a.answered && /2025|2026/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN the congress asked itself THEN its day is still given', () => {
    const a = ask(index, 'When was the congress at Camp Oriel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/August 9|9 August/);
  });
});
