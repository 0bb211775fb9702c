import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Where a person was arrested: not where they are now held ("an envoy detained in Tessa"), nor where they were
// coming back from ("travelling back from a meeting … in Brenna").
const REPORTS = {
  'tessa-court.txt': `Envoy refuses to testify

Capital Times

TESSA - Karel Dunstrom, a Kessel-based envoy detained in Tessa, refused on Monday to answer the judges, citing his status.
`,
  'dunstrom-held.txt': `How the envoy was caught

Baltic Courier

Officers foiled the scheme, and Dunstrom was arrested in May 2027 in Velmar, while he was driving back from talks with two helpers at a roadside inn in Brenna.
`,
};

describe('where someone was arrested', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "detained in Tessa" and "arrested … in Velmar, while driving back from … Brenna" THEN the arrest was in Velmar', () => {
    const a = ask(index, 'Where was Dunstrom arrested?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Velmar/);
    expect(a.text.split('“')[0]).not.toMatch(/Brenna|Tessa/);
  });
});
