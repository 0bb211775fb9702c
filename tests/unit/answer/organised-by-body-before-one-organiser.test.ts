import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who organised the Lantern Walk in Korvik?" against a report saying "the walk, organised by the Harbour Centre for
 * Civic Rights, was one of many held that day" and quoting "…, said Ilse Varr, one of the organisers of the Korvik
 * walk": the body the walk is told as organised by is who organised it, not one organiser quoted.
 */
describe('the body a rally is organised by, before one of its organisers', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-walk.txt': `NATIONWIDE SUPPORT WALKS
'We walk so they are heard': Thousands walk in Korvik for the Dorvan strikers
Thousands join the 'Lantern Walk' in Korvik
Korvik Daily, Staff
Published Saturday, May 10, 2031
Thousands of people walked through the old town of Korvik on Saturday evening for the strikers in Dorvan who face a harsh crackdown.
They met at the Guild Hall at about 7 p.m. and then walked to the River Steps, holding lanterns and signs.
Named the "Lantern Walk," the walk organised by the Harbour Centre for Civic Rights was one of many held in several countries on Saturday.
Rights groups say the Dorvan guard has jailed 900 strikers since March.
"We stand with the strikers. They are in the mines and the ports and they will not give up. We walk so they are heard," said Ilse Varr, one of the organisers of the Korvik walk.
`,
    });
  });

  it('GIVEN a body told as organising and one organiser quoted WHEN asked who organised the walk THEN the body', () => {
    const a = ask(index, "Who organised the 'Lantern Walk' in Korvik for the Dorvan strikers?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Harbour Centre for Civic Rights/);
  });

  it('GIVEN the same report WHEN asked what Ilse Varr said THEN her words', () => {
    const a = ask(index, 'What did Ilse Varr say at the Korvik walk?').answer;
    expect(a.text).toMatch(/so they are heard/);
  });
});
