import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Asked when a named person did one thing ("officially start"), the day of another of their deeds (being chosen) is
// no answer when a sentence writes the deed asked with a day of its own.
const REPORTS = {
  'prison-envoy.txt': `Tuesday , May 6 2031

A statement by the Tarsa Prison Watch on the choice of a new envoy

 The Corvel Council chose Lena Varo, a law lecturer from Tarsa, on 3 March 2031 as its third envoy on prisons in Ostria. She was picked from nine applicants, with the official start on 20 April 2031 at the end of Ivo Brant's term.

On 9 October 2029, Ivo Brant, envoy of the Corvel Council on prisons in Ostria, presented his report in Tarsa.
`,
};

describe('the day of the deed asked of a named person', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the day she was chosen and the day of her official start WHEN when she officially started THEN the start', () => {
    const { answer } = ask(index, 'When did Lena Varo officially start as envoy on prisons in Ostria?');
    const lead = answer.text.split('“')[0];
    expect(lead).toMatch(/April 20|20 April/);
    expect(lead).not.toMatch(/March 3|3 March/);
  });
});
