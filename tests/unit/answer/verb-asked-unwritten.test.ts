import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A question asking by a verb that is no verb of saying — what people were charged with, what someone hopes — is
// answered only by sentences that write that verb's family; "held without charge" tells no charge.
const REPORTS = {
  'marrow-vigil.txt': `Exiles in Marrowgate mourn two executed teachers

Northern Dispatch

Marrowgate, 14 April 2031 — Around 300 members of Marrowgate's Vellish community rallied outside the old courthouse on Saturday.

The authorities in Vell have detained hundreds of striking workers and students without charge since the winter. The execution of two teachers in Port Vell on Thursday set off protests in several countries, including Marrowgate.

"Our teachers were the best of us, and they were taken in the night," said Orla Venn, a nurse who organised the gathering.

Venn is hoping that the vigils turn into "the Marrowgate spring of Vell," a phrase she used twice from the steps.
`,
};

describe('a verb asked that the sentences never write', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only "detained … without charge" WHEN asked what the two teachers were charged with THEN the engine declines', () => {
    const { answer } = ask(index, 'What were the two teachers charged with?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a quote of Orla Venn and a sentence telling her hope WHEN asked what she hopes the vigils become THEN the quote on another matter is not the answer', () => {
    const { answer } = ask(index, 'What does Orla Venn hope the vigils become?');
    expect(answer.text).not.toContain('best of us');
    if (answer.answered) expect(answer.text).toContain('spring');
  });
});
