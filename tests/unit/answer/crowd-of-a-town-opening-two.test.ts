import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "In Kessel and Varn, exiles took to the streets …": both names are towns, so "the Kessel protesters" asks of a
// crowd in Kessel, and what a crowd chanted in another town ("In the city of Dorn, a group … chanted …") is no
// answer. Report written for the tests: invented towns, people and slogans.
describe('two towns opening a sentence, and the crowd of one of them asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'exiles.txt': `Exiles Rally After Hanging Of Young Protester

Exile communities held protests in support of their compatriots on May 4, 2031.

On Saturday thousands of exiles across the world chanted slogans against the council condemning the execution of the protester Tavo Renn.

Following the execution of the 24-year-old protester Tavo Renn on Thursday, several public figures called on exiles to hold protest gatherings.

In Kessel and Varn, exiles took to streets to show anger at the hanging of Tavo Renn by the council.

In the city of Dorn, a group of exiles chanted "Bread, Work, Dignity" while holding a sit-in at the council's consulate.
`,
    });
  });

  it('GIVEN "In Kessel and Varn, …" THEN both are places of the archive', () => {
    const lex = lexiconOf(index);
    expect(lex.places.has('kessel') || lex.placeWords.has('kessel')).toBe(true);
    expect(lex.places.has('varn') || lex.placeWords.has('varn')).toBe(true);
  });

  it('GIVEN only the Dorn crowd\'s chant THEN what the Kessel protesters chanted is not answered with it', () => {
    const a = ask(index, "what did the Kessel protesters chant after Renn's hanging?").answer;
    expect(a.text).not.toMatch(/Bread, Work, Dignity/);
  });
});
