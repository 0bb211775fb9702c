import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count the report credits to an office written in common words ("According to the deputy health minister of Varnia, …")
// is that office's: asked what a named rescue group reported, it is no answer.
const REPORTS = {
  'varnia-quake.txt': `Quake toll in Varnia passes 900

Rescuers pulled families from flattened houses in the hill town of Dorsk, northern Varnia, on March 3, 2031.

The Orchard Rescue Brigade said on its feed that it had counted more than 300 injured in districts held by the rebels.

With dozens of families still under the rubble more than 40 hours after the quake, the toll is expected to climb, according to the Orchard Rescue Brigade.

According to the deputy health minister of Varnia, 640 people have died in districts the government holds, according to a bulletin on the state radio's channel.
`,
};

describe('a count credited to an office in common words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the health minister gives a toll WHEN asked what toll the rescue brigade reported THEN the minister\'s 640 is not given as theirs', () => {
    const { answer } = ask(index, 'how many deaths did the Orchard Rescue Brigade report in rebel-held northern Varnia about 40 hours after the quake?');
    expect(answer.text).not.toMatch(/\b640\b/);
  });

  it('GIVEN the same report WHEN asked the health minister\'s toll THEN 640 is given', () => {
    const { answer } = ask(index, "What death toll did Varnia's deputy health minister give after the quake?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b640\b/);
  });
});
