import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A spokesman quoted twice: once in the reporter's words about a small rally, once in a clause that runs into his words.
const REPORTS = {
  'lindhaven.txt': `Small rally by Lindhaven consulate
Published: 4 June 2034 | Rivermouth Post

Some 60 people demonstrated near the consulate in Lindhaven to demand an end to the regime's meddling abroad, which Oren Malk, from the Dastan Freedom Council, told the Post matched what marchers want at home.
Malk told the Post the marches were reaching "an ever broader share of the country, from shopkeepers to jobless young people".
`,
};

describe('a quote that continues a reported clause', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Malk told the Post the marches were reaching “…”" WHEN what he said about who the marches were reaching is asked THEN that quote answers', () => {
    const { answer } = ask(index, 'What did Oren Malk tell the Post about who the marches at home were reaching?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/broader share/);
  });
});
