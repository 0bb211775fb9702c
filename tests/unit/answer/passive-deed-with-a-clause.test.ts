import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When was X arrested while on holiday in Y?": the day of a deed done to a person, even with a clause after the verb,
// is told by a sentence of that deed, never as the day a meeting (or a rally) took place.
const REPORTS = {
  'tessa-envoy.txt': `Envoy jailed over plot against exile rally

Baltic Courier

A court in Tessa jailed the envoy Karel Dunstrom for 14 years over a scheme to bomb a rally held by Marosian exiles near Lindholm in June 2027.

The scheme was uncovered by officers, and Dunstrom was arrested in August 2027 in Kessel, while he was driving back from a meeting with the two helpers at a café in Brenna.
`,
  'tessa-other.txt': `Envoy gets 14 years

Capital Times

The envoy refused to appear in court, claiming immunity. He was arrested in August 2027 while on holiday in Kessel, police said.
`,
};

describe('a passive deed with a clause after it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "arrested in August 2027 … driving back from a meeting" THEN the arrest is not told as the day a meeting took place', () => {
    const a = ask(index, 'When was Dunstrom arrested while on holiday in Kessel?').answer;
    expect(a.text).not.toMatch(/meeting[^.]*took place/i);
  });
});
