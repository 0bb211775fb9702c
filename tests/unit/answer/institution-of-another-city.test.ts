import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A court asked by its city: the sentence of another city's court tells of that court's sentence, even in a report
// that names the city asked (where the plot was to strike).
const REPORTS = {
  'dessen-verdict.txt': `Envoy jailed over plot against Harl exiles' congress

The criminal court of Dessen sentenced on Friday a Velorian envoy, Kasimir V., to 18 years in prison for plotting a bomb attack.

The bomb was meant for a congress of exiles near Harl in the summer of 2027.

Three accomplices, arrested in Harl and in Dessen, were given between 14 and 16 years.
`,
  'harl-rally.txt': `Exiles rally in Harl

Some 2,000 exiles rallied in Harl on Sunday to demand that the envoy's accomplices be tried there too.
`,
};

describe('a court of another city', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the Dessen court sentenced him THEN what the Harl court gave is not answered', () => {
    const a = ask(index, 'How many years of prison did the Harl court give the Velorian envoy?').answer;
    expect(a.text).not.toMatch(/\b18 years\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the Dessen court sentenced him THEN asked of that court it answers', () => {
    const a = ask(index, 'How many years of prison did the Dessen court give the Velorian envoy?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b18\b/);
  });
});
