import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A place named only as where someone is based ("a Kessel-based envoy") is no place anything in the report was done.
const REPORTS = {
  'tessa-hearing.txt': `Envoy convicted in Tessa

Baltic Courier

TESSA - A Kessel-based envoy, Karel Dunstrom, was convicted on Monday of plotting against an exile congress.

His counsel, Mira Holmgaard, said it was likely the envoy would ask for a new trial.
`,
};

describe('a place named only as a base', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Kessel only in "Kessel-based" THEN "what did Holmgaard say to reporters in Kessel" is declined', () => {
    const a = ask(index, 'What did the envoy\'s counsel Mira Holmgaard say to reporters in Kessel?').answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN no place asked THEN her words answer', () => {
    const a = ask(index, 'What did the envoy\'s counsel Mira Holmgaard say?').answer;
    expect(a.text).toMatch(/new trial/);
  });
});
