import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which <city> suburb" (probe 37: a Brussels suburb asked, "the Paris suburb of …" answered), pinned with a report
// written for the tests: invented people and towns. A place the answer gives as part of another city is not the
// part of the city asked.
describe('a suburb of another city', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'kerrow-congress.txt': `Pair charged over plot against exile congress

Tom R. and Mila K. are suspected of trying to set off a bomb on Saturday in the Lindau suburb of Kerrow, during a congress of the Vardanian exile movement, prosecutors in Ostrel said in a statement.
The two carried a home-made explosive and a fuse when a special unit halted their car in a quiet street of Ostrel.
` });
  });

  it('GIVEN only "the Lindau suburb of Kerrow" THEN "which Ostrel suburb" is not answered with Kerrow', () => {
    const a = ask(index, "In which Ostrel suburb did the special unit halt the pair's car?").answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Kerrow/);
  });

  it('GIVEN "the Lindau suburb of Kerrow" THEN where the bomb was meant to go off is still Kerrow', () => {
    const a = ask(index, 'Where were Tom R. and Mila K. suspected of trying to set off a bomb?').answer;
    expect(a.text).toMatch(/Kerrow/);
  });
});
