import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Three invented reports on unrest in Ostavia: an exile movement's count of detentions, a rights bureau known by its
// initials that counts only the dead, and a trust that gives a death toll of its own. A question naming the bureau by
// its initials, with the day its count stood at ("per ORB as of …") or opening with it ("ORB's count on …"), is not
// answered with another body's number.
const REPORTS = {
  'kestrel-detentions.txt': `Kestrel Movement says thousands held in Ostavia

March 5, 2031

According to figures gathered by the Kestrel Movement, security forces have detained 9,400 people in Ostavia since the unrest began in January.

The movement urged foreign governments to recall their envoys.
`,
  'orb-deaths.txt': `Ostavia rights bureau raises its toll

March 4, 2031

The Ostavia Rights Bureau (ORB) said on Monday that 212 protesters had died since the first marches in the capital.

The bureau said it had checked every name with the families.
`,
  'harwell-toll.txt': `Trust publishes new death toll for Ostavia

March 3, 2031

At least 190 protesters have been killed in the Ostavia unrest, according to the Harwell Trust for Ostavia (HTO).

The trust said most of the dead were shot in the northern towns.
`,
};

describe('a count asked of a body by its initials, with the day its count stood at (probe53)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the exile movement counts detentions WHEN asked how many were detained per ORB as of a day THEN it does not give the movement\'s count', () => {
    const { answer } = ask(index, 'How many protesters had been detained per ORB as of March 4, 2031?');
    expect(answer.text).not.toMatch(/9,400/);
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the trust\'s and the bureau\'s tolls WHEN a question opens with the bureau\'s initials THEN only the bureau\'s toll is given', () => {
    const { answer } = ask(index, "ORB's count: how many killed in Ostavia?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b212\b/);
    expect(answer.text).not.toMatch(/\b190\b/);
  });

  it('GIVEN the same reports WHEN asked the detentions per the Kestrel Movement THEN 9,400', () => {
    const { answer } = ask(index, 'How many people were detained in Ostavia according to the Kestrel Movement?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/9,400/);
  });
});
