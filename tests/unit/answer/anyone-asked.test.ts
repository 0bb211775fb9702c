import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "did anyone from the US congress speak at the Orvel gathering?": asked whether someone did, a sentence that names
// no one (only the congress centre and the crowd) answers neither yes nor who; a sentence naming the speaker may stand.
const REPORTS = {
  'kastel-hall.txt': ` date 2031-06-28 KASTEL — Tens of thousands of people from across Europe and the US gathered on Saturday at the Kastel suburb Orvel Congress Center for the annual meeting of the Valdor opposition "Free Valdor" movement.

Waving flags of Valdor, supporters kept chanting "We are ready" in response to the calls of the speakers.
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
