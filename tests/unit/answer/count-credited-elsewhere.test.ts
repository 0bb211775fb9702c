import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two monitors in one report, each with a toll of its own: a count the sentence gives as one body's is never the
// other's, even though the report names both.
const REPORTS = {
  'kessa-crackdown-tolls.txt': `Tolls of the Kessa crackdown diverge

Tallies kept abroad still differ on how many died since the strikes began.

The Coastal Freedom Monitoring Bureau (CFMB), which works from Lisbon, has not updated its list this week.

The NGO Kessa Civil Watch, headquartered in Tallinn, for its part, puts the dead at 214, of which 19 are teenagers.

Officials in the capital have named only 30 victims.
`,
  'brannock-floods.txt': `Brannock flood toll

Some 240 people drowned when the dam at Brannock gave way, Pellow News has reported.

The outlet had the figure from two regional health officials.
`,
};

describe('a count credited to another body than the one asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the toll is Kessa Civil Watch\'s THEN "according to CFMB" is not answered with it', () => {
    const a = ask(index, 'How many people died in the Kessa crackdown according to CFMB?').answer;
    expect(a.text).not.toMatch(/\b214\b|\b19\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the toll is Kessa Civil Watch\'s THEN "what was CFMB\'s death toll" is not answered with it', () => {
    const a = ask(index, "What was CFMB's death toll for the Kessa crackdown?").answer;
    expect(a.text).not.toMatch(/\b214\b|\b19\b/);
  });

  it('GIVEN the question names the outlet that reported the toll THEN the toll answers', () => {
    const a = ask(index, 'Pellow News said how many people drowned at Brannock, according to health officials?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b240\b/);
  });

  it('GIVEN the toll is Kessa Civil Watch\'s THEN asked by its own name it answers', () => {
    const a = ask(index, 'How many people died in the Kessa crackdown according to Kessa Civil Watch?').answer;
    // (The part "19 are teenagers" is no answer; the toll, when given, leads.)
    if (a.answered) expect(a.text.split('“')[0]).toMatch(/\b214\b/);
    expect(a.text).not.toMatch(/^19\b/);
  });
});
