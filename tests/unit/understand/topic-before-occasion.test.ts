import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X say about sanctions at the Lund forum on the anniversary of the strike?": the topic is sanctions; the
// occasion after it (the forum, the anniversary) is where the words were said, and a quote speaking of the
// anniversary is not about sanctions.
const REPORTS = {
  'lund-forum.txt': `Forum in Lund council hall marks the dockers' strike

On March 4, union members and councillors met in the Lund council hall to mark the first anniversary of the 2030 dockers' strike.

The main address came from Dana Holt, chair of the dockers' union. Thanking the hall for its backing, Ms. Holt said: “Some 300 teachers from across the region have signed a letter supporting the dockers, on the eve of the anniversary of the strike.”

Ms. Holt warned against the cost of sanctions on the port, stating, “The sanctions on the harbour must be lifted. They only punish the families of the men who unload the ships.”
`,
};

describe('the topic of words asked, before the occasion', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two quotes WHEN asked what she said about sanctions at the forum on the anniversary THEN the quote on sanctions', () => {
    const { answer } = ask(index, "What did Dana Holt say about sanctions at the Lund forum on the anniversary of the dockers' strike?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/must be lifted/);
    expect(answer.text).not.toMatch(/300 teachers/);
  });

  it('GIVEN the same report WHEN asked what she said about the teachers THEN the quote on the teachers', () => {
    const { answer } = ask(index, 'What did Dana Holt say about the teachers?');
    expect(answer.text).toMatch(/300 teachers/);
  });
});
