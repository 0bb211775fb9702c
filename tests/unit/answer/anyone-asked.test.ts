import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "did anyone from the US congress speak at the Orvel gathering?": asked whether someone did, a sentence that names
// no one (only the congress centre and the crowd) answers neither yes nor who; a sentence naming the speaker may stand.
const REPORTS = {
  'kastel-hall.txt': ` date 2031-06-28 KASTEL — On Saturday tens of thousands from Europe and the US filled the Orvel Congress Center, outside Kastel, for the yearly "Free Valdor" meeting of the Valdor opposition.

Flags waved and the hall answered each speaker with the chant "Valdor will be free".
`,
};

describe('whether anyone did it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report naming no speaker WHEN "did anyone from the US congress speak" is asked THEN no sentence is given as the answer', () => {
    const { answer } = ask(index, 'did anyone from the US congress speak at the free valdor gathering in orvel 2031');
    expect(answer.answered).toBe(false);
  });
});
