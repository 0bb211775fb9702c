import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * In a list of speakers, each with a title ("Representative Ivo Sarn (D-BR), former Ostrov Mayor Rudy Vane,
 * Ambassador Sam Brook, and several members of …"), what stands between two commas is a person, not the role of the
 * person next to it: Brook was given as Vane's role, "and several members of …" as Brook's, and "Other speakers
 * included Representative Ivo Sarn (D-BR), former Ostrov Mayor" as Vane's.
 */
const REPORTS: Record<string, string> = {
  'brenn-march.txt': `Exiles march in Brenn
March 9, 2025

Thousands of Vardanian exiles marched from the Old Bridge to the Palace on Saturday. Mrs. Lea Tamm was the keynote speaker at the rally, who addressed the rally via video link. Other speakers included Representative Ivo Sarn (D-BR), former Ostrov Mayor Rudy Vane, Ambassador Sam Brook, and several members of the exile communities.

Also present was Ola Berg, Foreign Minister, who greeted the crowd.
`,
};

describe('roles in a list of speakers', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, former Ostrov Mayor Rudy Vane, Ambassador Sam Brook, …" THEN Vane is not described as Brook nor by the words before him', () => {
    const a = ask(index, 'who is Rudy Vane?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('former Ostrov Mayor');
    expect(a.text).not.toMatch(/Sam Brook|Other speakers|included/);
  });

  it('GIVEN "Ola Berg, Foreign Minister, who greeted …" THEN a title in two capitalised words is still a role', () => {
    const a = ask(index, 'who is Ola Berg?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Foreign Minister');
  });
});
