import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A deputy gives the arrest count; a rights advocate only points back to "these hundreds of prisoners".
const REPORTS = {
  'orsk-arrests.txt': `Deputy says 640 held after Orsk unrest
Northern Tribune, 12 February 2041

Police in Orsk detained some 640 people during a week of street protests, a deputy told the regional assembly on Monday.

"After what happened in the cells last winter, we are deeply afraid for these hundreds of prisoners and for their families," said Lina Varga, who heads the Orsk Prisoners' Fund.
`,
};

describe('a vague amount pointed back to', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "these hundreds of prisoners" in her words WHEN "how many did lina varga say were arrested" THEN no count is hers', () => {
    const { answer } = ask(index, 'how many ppl did lina varga say were arrested');
    expect(answer.text.split('“')[0]).not.toMatch(/hundreds/i);
  });
});
