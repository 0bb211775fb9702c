import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "What posts has X held?" asks X's roles, in the plural as in the singular; "they" alone names no one to ask of. */
const REPORTS: Record<string, string> = {
  'kastel-summit.txt': `Exiles gather in Kastel for the annual summit

KASTEL — Thousands of exiles gathered on Saturday at the Kastel Congress Hall for the annual summit of the Vardanian opposition.

The Exile Council has held rallies in Kastel for several years.

The speakers who addressed the summit included Otto Lamm, Minister of State and former Mayor of Brenn; and Anton Rusk, former Governor of Tallby.
`,
};

describe('posts asked in the plural', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each(['what posts has Otto Lamm held?', 'what positions did Otto Lamm hold?', 'what roles does Otto Lamm have?'])('GIVEN "%s" THEN a role is asked', (q) => {
    expect(analyseQuestion(q).expects).toBe('role');
  });

  it('GIVEN "what posts has Otto Lamm held?" THEN his roles are given', () => {
    const a = ask(index, 'what posts has Otto Lamm held?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Mayor of Brenn/);
  });

  it('GIVEN "what posts had they held at the Kastel summit?" THEN a body that "has held rallies" is not given as the answer', () => {
    const a = ask(index, 'what posts had they held at the Kastel summit?').answer;
    expect(a.answered && /Exile Council/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });
});
