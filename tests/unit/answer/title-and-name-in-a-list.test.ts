import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A list of speakers written "title Name, title Name, …": the words between two names are the next person's title
 * and name, never a role of the one before ("Velan Senator Karl Brun, Member of the Ostrian Parliament Jorun Vik").
 */
const REPORTS: Record<string, string> = {
  'harbin-rally.txt': `Exiles rally in Harbin

On Saturday 4th May, thousands of Varnese exiles marched through Harbin.

Several guests addressed the crowd, including Norvish singer Ada Pell, former Minister of Culture of Estmark Tovek Rasmo, Velan Senator Karl Brun, Member of Ostrian Parliament Jorun Viksen, and former mayor Hans Olter.
`,
};

describe('titles and names in a list of speakers', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Ada Pell, former Minister of Culture of Estmark Tovek Rasmo" THEN Ada Pell\'s role is not that minister\'s', () => {
    const a = ask(index, 'What is Ada Pell\'s role?').answer;
    expect(a.text.split('“')[0]).not.toMatch(/Rasmo/);
  });

  it('GIVEN "Velan Senator Karl Brun, Member of Ostrian Parliament Jorun Viksen" THEN Karl Brun is not described by the next person', () => {
    const a = ask(index, 'Who is Karl Brun?').answer;
    expect(a.text.split('“')[0]).not.toMatch(/Viksen/);
  });
});
