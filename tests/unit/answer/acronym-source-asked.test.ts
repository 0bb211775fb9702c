import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor's tolls, credited in the ways reports credit them: after a dash at the end of the headline ("— VOHR"),
// "has documented (the) death of N", "pointed out that the tally included N". Asked "according to the UN" (which the
// report names only as the body the monitor appeals to), none of them is the UN's: the bot says it holds none. Asked
// according to the monitor, its tolls are credited to it.
const REPORTS = {
  'vohr-toll.txt': `Velorian war has cost more than 90,000 lives — VOHR
Published: 8 February 2031 | Harbour Wire

HARBOUR, Feb 7 (Harbour Wire) — The Velorian Observatory for Human Rights (VOHR) has documented death of 91,206 people in four years of fighting.

In its weekly bulletin, the VOHR pointed out that 40,112 civilians were among the dead, 6,031 of them children.

The VOHR asked the UN Security Council for an emergency session.
`,
};

describe('a source asked by its acronym', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the monitor\'s tolls WHEN the toll "according to the UN" is asked THEN not in the archive, no toll credited to the UN', () => {
    const { answer } = ask(index, 'How many people were killed in the Velorian war according to the UN?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/91,206|40,112|90,000/);
  });

  it('GIVEN the same report WHEN the civilians killed according to VOHR are asked THEN its count, credited to the VOHR', () => {
    const { answer } = ask(index, 'How many civilians were killed in Veloria according to VOHR?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/40,112 civilians, according to the VOHR/);
  });

  it('GIVEN the same report WHEN the children killed according to VOHR are asked THEN the part of the toll, credited to the VOHR', () => {
    const { answer } = ask(index, 'How many children were killed in Veloria according to VOHR?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^6,031 (?:of them )?children, according to the VOHR/);
  });
});
