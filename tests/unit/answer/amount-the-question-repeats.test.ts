import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Two “massacres” were reported today in Brem and Varn, leaving 64 civilians dead": asked how many civilians the
// two massacres in Brem and Varn left dead, the question repeats the words of the first clause and its amount in
// words ("two"), which is context, never the answer; the toll in the clause after it answers.
const REPORTS = {
  'brem-varn.txt': `Monitor: toll on the Kessian coast climbs past 900
March 12, 2037

Two “massacres” were reported today in Brem and Varn, leaving 64 civilians dead, most of them from the fishing villages.
The monitor said the toll on the coast since the fighting began now stood at 912.
`,
};

describe('an amount the question repeats beside the toll asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Two massacres were reported … in Brem and Varn, leaving 64 civilians dead" WHEN how many civilians the two massacres left dead is asked THEN 64', () => {
    const { answer } = ask(index, 'How many civilians were left dead by the two massacres reported in Brem and Varn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b64 civilians were killed/);
    expect(answer.text).not.toMatch(/^Two\b|\btwo people/);
  });
});
