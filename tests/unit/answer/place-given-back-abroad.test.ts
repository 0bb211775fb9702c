import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where did they march after the rally at the Kesseler Gate?" read in a German report: the gate the question names,
// written in German ("Kesseler Tor"), is where they gathered, not where they went; given back, it answers nothing.
const REPORTS = {
  'tor-de.txt': `Protest am Kesseler Tor
Veröffentlicht am 20. März 2034 | Nordkurier

Rund 700 Menschen kamen am Freitagabend zu einer Kundgebung am Kesseler Tor zusammen.
Die Redner verlangten ein Ende der Hinrichtungen in Varnia.
`,
};

describe('a place the question names, given back in another language', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a German report placing the rally at the "Kesseler Tor" WHEN where they marched after the Kesseler Gate rally is asked THEN the gate is not given as where they went', () => {
    const { answer } = ask(index, 'Where did the protesters march to after the rally at the Kesseler Gate?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/^Kesseler Tor/);
    expect(answer.answered).toBe(false);
  });
});
