import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A total told for several places at once is no place's own count: neither a raid total over three towns listed in its
// sentence, nor a national toll whose report names the province asked only in a list.
const REPORTS = {
  'marrow-coast-raids.txt': `Raids on the Marrow coast

Port Selk, April 2, 2031 - The Coast Watch Bureau said on Tuesday that fighting had spread along the shore.

Four raids were carried out overnight on Vessa, Ondral, and Kirrin, leaving 96 villagers dead, most of them fishermen.

Aid workers reached Ondral only in the afternoon.
`,
  'tavland-toll.txt': `Tavland toll passes 400

The Northern Rights Desk, a monitor based abroad, raises the number of people killed since the unrest began to 412, of which 51 are students.

The deaths were spread over 19 provinces, above all Ustra (140 victims), Belgor (52), Fenmark, Ostvale and Drunn.

Officials have acknowledged 60 deaths.
`,
};

describe('a total for several places told together', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "raids on Vessa, Ondral, and Kirrin, leaving 96 villagers dead" THEN the Kirrin raid is not said to have killed 96', () => {
    const a = ask(index, 'How many villagers were killed in the Kirrin raid?').answer;
    expect(a.text).not.toMatch(/\b96\b/);
  });

  it('GIVEN a national toll whose report names Ostvale only in a list THEN "how many in Ostvale province" is not the toll', () => {
    const a = ask(index, 'How many people were killed in Ostvale province according to the Northern Rights Desk?').answer;
    expect(a.text).not.toMatch(/\b412\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the national toll THEN the national count is still answered', () => {
    const a = ask(index, 'How many people were killed in Tavland according to the Northern Rights Desk?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b412\b/);
  });
});
