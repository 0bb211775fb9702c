import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Three reports on the November 2031 uprising in Velor: exiles recall its wounded and dead (by the organisers' word), a
// live page gives a medical union's count of the wounded, a wire credits a watchdog, Solvar, with the dead. Asked in chat,
// all in lower case ("according to solvar", "acording to solvar"), the watchdog is still the source asked: it counted no
// wounded, so the bot holds no answer, and the dead it counted are given alone.
const REPORTS = {
  'exiles.txt': `Exiles mark the November 2031 uprising in Velor
Published: 12 February 2032 | Exile Voice

BRENN, February 12, 2032 — Hundreds of exiles rallied in Brenn to remember the November 2031 uprising in Velor, in which 9,000 protesters were injured and 700 were killed, the organisers said.
`,
  'live.txt': `Day 40 of the Velor protests
Written on 21 December 2031

More than 5,000 people were injured in the November 2031 uprising in Velor, according to the Velor Medical Union.
`,
  'wire.txt': `Solvar says at least 310 killed in Velor protests
Published: 17 December 2031 | Wire

KASTEL — At least 310 people were killed in last month's uprising in Velor, the watchdog Solvar said on Monday. The London-based group said most were shot in the head or chest.
`,
};

describe('a source typed in lower case, "according" mistyped', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN wounded counted by others WHEN asked "according to solvar" THEN not in the archive, no one else\'s count', () => {
    const { answer } = ask(index, 'how many people were injured in the nov 2031 uprising according to solvar');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/9,000|5,000/);
  });

  it('GIVEN the same reports WHEN the dead are asked "acording to solvar" THEN its own count alone', () => {
    const { answer } = ask(index, 'how many were killed in the velor uprising acording to solvar');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/310/);
    expect(answer.text).not.toMatch(/700/);
  });

  it('GIVEN "KASTEL —" opening a wire WHEN asked "per solvar in kastel" THEN the town stays as typed, not read as the source\'s capitals', () => {
    const { answer } = ask(index, 'how many were wounded in the velor uprising per solvar in kastel');
    expect(answer.text).not.toMatch(/KASTEL/);
  });
});
