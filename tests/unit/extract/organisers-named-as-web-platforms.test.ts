import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { findOrganisers } from '../../../src/extract/event-details.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Organized by the platforms Kesfree.org and VardaNet.org, the event …": a description with its article before the
 * names ("the platforms") and a web address's dot (which ends no sentence) still leave the organisers readable.
 */
const REPORTS: Record<string, string> = {
  'lindenplatz.txt': `Exiles rally in Kessel for a free Vardania

Kessel, May 3 (HARBOUR WIRE) – Thousands of demonstrators gathered this Saturday, February 8, at Lindenplatz in southern Kessel to demand freedom for the Vardanian people.

Banners bearing slogans such as "Down with the oppressor" were held high by protesters.

Organized by the platforms Kesfree.org and VardaNet.org, the event commemorated the 1979 Vardanian Revolution, which overthrew the monarchy.

The rally took on an even more symbolic dimension with a speech by Mira Tann.
`,
};

describe('organisers named as web platforms', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "organized by the platforms X and Y" THEN X and Y are the organisers', () => {
    expect(findOrganisers('Organized by the platforms Kesfree and VardaNet, the event commemorated the revolution.')).toEqual(['Kesfree and VardaNet']);
  });

  it('GIVEN "organised by the police, the march …" THEN no organiser is read from a common noun', () => {
    expect(findOrganisers('Organised by the police, the march ended at noon.')).toEqual([]);
  });

  it('GIVEN web addresses among the organisers THEN "who organised the rally" names both', () => {
    const a = ask(index, 'who organised the Lindenplatz rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kesfree\.org/);
    expect(a.text).toMatch(/VardaNet\.org/);
  });
});
