import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which bridges did Vosk close?" asks what the deed fell on; the doer the question names is never the answer.
const REPORTS = {
  'tarnow-bridges.txt': `Harbour city braces for strike week

On May 4, Governor Elias Vosk closed four river bridges in Tarnow ahead of the dockers' march, a move the union called provocative.

The dockers' union said about 3,000 members would still walk from the shipyard to the town hall on Friday.
`,
};

describe('the doer asked back', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Governor Elias Vosk closed four river bridges" THEN "which bridges did vosk close" is not answered "Governor Elias Vosk"', () => {
    const a = ask(index, 'which bridges did vosk close').answer;
    if (a.answered) expect(a.text.split(/[(“:]/)[0]).not.toMatch(/Vosk/);
  });

  it('GIVEN the same report THEN "who closed the bridges" still names Vosk', () => {
    const a = ask(index, 'who closed the bridges in Tarnow?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Vosk/);
  });
});
