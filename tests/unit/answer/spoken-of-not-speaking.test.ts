import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "A man described Arno Velt as the «only alternative», adding: «We want a democracy.»": Velt is spoken of, the
// object of someone else's verb; the words are the man's, never Velt's. Asked what Velt said, the archive holds nothing.
const REPORTS = {
  'orvel-march.txt': `Around 900 march in Orvel for a free Valdor

Some 900 people walked through the centre of Orvel on Saturday to press the government to shut Valdor's embassy.

Several carried portraits of Arno Velt, the exiled heir to Valdor's throne. A teacher said she had come «for the families back home», adding: «He should lead us once the regime is gone.» A man described Velt as the «only way forward», emphasizing: «Nobody here wants a new tyrant, we want free elections.»
`,
};

describe('someone spoken of is not the one speaking', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN words of a man who described Velt WHEN what Velt said is asked THEN they are not given as his', () => {
    const { answer } = ask(index, 'what did velt say at the orvel march');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/tyrant|lead us/);
  });

  it('GIVEN the same WHEN what a woman said about Velt is asked THEN no words are credited to Velt', () => {
    const { answer } = ask(index, 'what did the woman at the orvel march say about velt');
    expect(answer.text).not.toMatch(/Velt(?: said)?: “/);
    expect(answer.text).not.toMatch(/Arno Velt said/);
  });
});

describe('a question put in quotes, then "asked X"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessel-forum.txt': `Exiles meet in Kessel

Valdorian exiles met in Kessel on Sunday to plan the summer rallies.

"Who will speak for the prisoners if we stay silent?" asked Mira Tolan, who chairs the Kessel Exile Forum.
`,
    });
  });

  it('GIVEN "“…?” asked Mira Tolan" WHEN what Tolan said is asked THEN her words', () => {
    const { answer } = ask(index, 'what did mira tolan say in kessel');
    expect(answer.text).toMatch(/speak for the prisoners/);
  });
});
