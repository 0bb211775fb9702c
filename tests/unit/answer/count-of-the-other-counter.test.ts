import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A German report gives two counts of one march: a news agency's, in words the reader may not read as a count, and the
// organisers'. Asked the agency's count, the organisers' is no answer.
const REPORTS = {
  'harnau-marsch.txt': `Marsch für die Freiheit in Harnau

Mehrere hundert Menschen zogen am Sonntag durch Harnau, um die Demokratiebewegung in Belarus zu unterstützen.
Die Agentur Nordpress bezifferte die Menge vor dem Rathaus grob auf 1400 Köpfe.
Die Organisatoren sprachen von bis zu 2600 Teilnehmenden.
Aufgerufen hatte der Verein Offenes Belarus.
`,
  'lorn-vigil.txt': `Vigil in Lorn

Police counted about 450 people at the candlelit vigil in Lorn on Friday evening.
The Lorn Herald had reporters at the square.
`,
};

describe('a count given as the organisers\' or the police\'s, asked of a named source', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the organisers\' count is read as a count WHEN the agency\'s count is asked THEN the organisers\' is not given', () => {
    const { answer } = ask(index, 'How many took part in the Harnau march according to Nordpress?');
    expect(answer.text).not.toMatch(/2600/);
  });

  it('GIVEN the police count WHEN the count according to the Lorn Herald is asked THEN the police count is not given as the paper\'s', () => {
    const { answer } = ask(index, 'How many people attended the Lorn vigil according to the Lorn Herald?');
    expect(answer.text).not.toMatch(/450/);
  });

  it('GIVEN the organisers\' count WHEN the organisers\' count is asked THEN it is given', () => {
    const { answer } = ask(index, 'How many took part in the Harnau march according to the organisers?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2600/);
  });
});
