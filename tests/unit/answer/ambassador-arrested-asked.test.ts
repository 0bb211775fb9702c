import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An envoy held during a vigil, whose arrest his foreign minister condemns ("our Ambassador"): asked who the envoy
// was, neither the minister (another post of his own) nor the envoy's country is the answer.
const REPORTS = {
  'dremm-envoy-held.txt': `Oskan police hold Kessan envoy at vigil

The Kessan ambassador to Osk was arrested on Saturday amid protests in the Oskan capital, Dremm, the Varna news agency said.

Lio Farrant was held for two hours before being let go.

In a statement, Kessan Foreign Minister Tessa Aldwin said: “Arresting our Ambassador in Dremm with no reason given is an outrage against every diplomatic norm.”

Students in Dremm had gathered for a candlelit vigil that turned into a protest against the government.
`,
};

describe('an ambassador asked by what was done to him', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the foreign minister speaks of "our Ambassador" THEN she is not given as the ambassador arrested', () => {
    const a = ask(index, 'Who was the Kessan ambassador arrested in Dremm?').answer;
    // (Declining may still suggest the minister's statements; an answer must not give her.)
    expect(a.answered ? a.text : '').not.toMatch(/Aldwin/);
    if (a.answered) expect(a.text).toMatch(/Farrant/);
  });

  it('GIVEN only the Kessan ambassador is told of THEN "who was the Telmic ambassador detained" is declined', () => {
    const a = ask(index, 'Who was the Telmic ambassador detained in Dremm?').answer;
    expect(a.answered).toBe(false);
  });
});
