import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "14 fatalities among riot police" counts the police only: it is no death toll of the protests.
const REPORTS = {
  'dravia-toll.txt': `Dravia unrest: toll climbs to 190, says monitor

Dravian riot units have shot dead 190 marchers and detained more than 6,000 since the bread protests began, a monitoring group said on Monday.

Of those killed, 21 were under 18, the group, Ostrel Watch, said.

There have been 14 fatalities among riot police, according to Ostrel Watch.
`,
  'kelmar-toll.txt': `Kelmar crackdown: watchdog counts 75 dead

Kelmar riot units have shot dead 75 marchers and detained more than 2,000 since the fuel protests began, a watchdog said on Sunday.

The watchdog, Tarn Monitor, said 11 of the dead were under 18.
`,
};

describe('a count among a group', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "14 fatalities among riot police" THEN it is never given as the death toll of the protests', () => {
    const a = ask(index, "What was Ostrel Watch's death toll for the Dravia bread protests?").answer;
    expect(a.text).not.toMatch(/\b14 fatalities\b|^14\b/i);
  });

  it('GIVEN "11 of the dead were under 18" THEN the part is never given as the toll', () => {
    const a = ask(index, 'How many people were killed in the Kelmar fuel protests according to Tarn Monitor?').answer;
    expect(a.text).not.toMatch(/\b11 people were killed\b|^11\b/i);
  });

  it('GIVEN "Of those killed, 21 were under 18" THEN the part is never given as the toll', () => {
    const a = ask(index, 'How many people were killed in the Dravia bread protests according to Ostrel Watch?').answer;
    expect(a.text).not.toMatch(/^21\b|\b21 people were killed\b/i);
  });

  it('GIVEN the group asked THEN the count among it answers', () => {
    const a = ask(index, 'How many fatalities among riot police did Ostrel Watch count in Dravia?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b14\b/);
  });
});
