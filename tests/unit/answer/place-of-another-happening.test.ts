import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A sentence opens on a clause telling of another happening in another town ("Coinciding with the meeting … in
// Osterby,"), then tells its own gathering in a square of the dateline's town.
const REPORTS = {
  'velden-fishermen.txt': `Velden, 3 April 2031: Coinciding with the meeting of harbour ministers at the Trade Hall in Osterby for a day of talks, a large rally of fishermen took place in Anchor Square.

The fishermen want the winter quotas raised before the season opens.

Mr. Jonas Kettle, a former harbour pilot, spoke at the rally in Velden to the crowd.
`,
};

describe('a town in an opening clause about another happening', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the other happening is in Osterby WHEN asked where the fishermen rallied THEN Osterby is not given', () => {
    const { answer } = ask(index, 'Where was the rally of fishermen held on 3 April 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Anchor Square/);
    expect(answer.text.split('“')[0]).not.toMatch(/Osterby/);
  });

  it('GIVEN the square is in the dateline town WHEN asked the town of the Anchor Square rally THEN Osterby is not given', () => {
    const { answer } = ask(index, 'In which town was the Anchor Square rally of April 2031?');
    expect(answer.text.split('“')[0]).not.toMatch(/Osterby/);
  });

  it('GIVEN the question asks of the happening of the opening clause WHEN asked where the ministers met THEN its town is given', () => {
    const { answer } = ask(index, 'Where were the harbour ministers gathered on 3 April 2031 at the same time as the Anchor Square rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Osterby/);
  });
});
