import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Failure classes met on a fifth set of reports the engine had never seen, pinned on reports written for these
 * tests (invented towns, people and groups).
 */
const REPORTS: Record<string, string> = {
  'kessel-square.txt': `Exiles fill Kessel's Domplatz

In a large demonstration held on Kessel's Domplatz, exiles voiced support for the strikes against the rulers of Ostrov.
`,
  'brenmouth-march.txt': `March in Brenmouth against the junta

A large demonstration against the rulers of Ostrov was organised by exiles on the streets of Brenmouth on Monday, with some 4,000 people taking part, according to police.
Marchers gathered from 11:00 on the Avenue Henri IV, near the Central station.
The march continued along its planned route in the direction of the Rope Quay, Mill Street and the Old Bridge, before going on towards Lantern Park.
`,
};

describe('the reader on a fifth set of unseen reports', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN a town named only in a headline ("March in Brenmouth") and in "the streets of Brenmouth" THEN the archive knows it as a place', () => {
    expect(lexiconOf(index).placeWords.has('brenmouth')).toBe(true);
    const terms = understand('where did the brenmouth demonstration against the rulers start?', index).analysis.terms;
    expect(terms.find((t) => t.fold === 'brenmouth')?.locative).toBe(true);
  });

  it('GIVEN a where-question about the Brenmouth march THEN no square of another town answers it', () => {
    const a = answer('where did the brenmouth demonstration against the rulers start?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).not.toMatch(/Domplatz|Kessel/);
  });

  it('GIVEN "gathered on the Avenue Henri IV" THEN the avenue, named after a person, is where the march started', () => {
    const a = answer('where did the brenmouth demonstration against the rulers start?');
    expect(a.text.split('“')[0]).toMatch(/Avenue Henri IV/);
  });

  it('GIVEN a route told as headings ("in the direction of A and B, before heading towards C") THEN where it ended is the last heading', () => {
    const a = answer('where did the brenmouth march end?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Lantern Park/);
  });
});
