import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// German "am Rande der X" is "on the sidelines of X": the edge of an occasion is no place (the answer had been
// "Rande der … Friedenskonferenz"); the place is the square or meadow told after it, a German compound ending in a
// place noun ("-anger", "-wiese", "-ufer", "-garten", "-damm", "-park") that the archive names nowhere else.
const REPORTS = {
  'kundgebung.txt': `Kundgebung gegen die Regierung in Varnia
Kessaer Abendblatt, 16.02.2041

Am Rande der Kessaer Friedenskonferenz versammelten sich auf dem Lindenanger rund 3000 Menschen gegen die Regierung in Varnia.
`,
};

describe('the sidelines of an occasion are no place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Am Rande der Kessaer Friedenskonferenz versammelten sich auf dem Lindenanger …" WHEN asked where THEN the Lindenanger', () => {
    const { answer } = ask(index, 'Where in Kessa did the demonstration against the Varnian government take place?');
    expect(answer.text.split('“')[0]).not.toMatch(/Rande/);
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/Lindenanger/);
  });
});
