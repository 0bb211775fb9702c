import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "ahead of a trip to the region by Harbour Commissioner Ana Roth": a person named only after a preposition is
// spoken of; the sentence is not her words.
const REPORTS = {
  'varnia-returns.txt': `More than 50,000 Varnian refugees have gone back home since Tomas Varkos fell in early May, the League announced on Friday, ahead of a trip to the region by Harbour Commissioner Ana Roth, the Coast Wire reported.
"The donors have been generous, and the ports are open again," Roth said on Thursday.
Most of them came back from the camps of the Tarn valley.
`,
};

describe('a person named only after a preposition says nothing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the League\'s announcement "ahead of a trip … by Harbour Commissioner Ana Roth" WHEN asked what Roth said about the returns THEN the announcement is not given as her words', () => {
    const { answer } = ask(index, 'What did Roth say about refugees going back home?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/50,000/);
  });

  it('GIVEN her own quote WHEN asked what Ana Roth said about the donors THEN her words are given', () => {
    const { answer } = ask(index, 'What did Ana Roth say about the donors?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/ports are open again/);
  });
});
