import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const CEASEFIRE = `Council approves 20-day ceasefire in Varnia

The Harbour Council on Friday demanded a 20-day ceasefire in Varnia as rescuers in the western hills pleaded for aid.

The resolution was drafted by Ostrel and Kelmark, calling for a ceasefire for 20 days “without delay” to allow aid convoys in.

“The demands of the council must be kept on the ground,” envoy Lida Marsk told the council after the vote.
`;

/*
 * "Who drafted the resolution?" told as "drafted by Ostrel and Kelmark": states named after "by" are the doers, as
 * they are when "which countries" is asked.
 */
describe('states named as the doers of a deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'varnia-ceasefire.txt': CEASEFIRE });
  });

  it('GIVEN "drafted by Ostrel and Kelmark" THEN "who drafted the resolution?" names both', () => {
    const a = ask(index, 'who drafted the 20-day ceasefire resolution?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Ostrel, Kelmark/);
  });
});
