import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where is the Observatory headquartered?", "where is the group based?": the seat of a body, which a sentence tells
// in those words ("headquartered in", "based in", "Orvel-based"). The country it monitors is not its seat: without such a
// sentence the archive holds no answer.
const REPORTS = {
  'kohr-toll.txt': `The Kessel Observatory For Human Rights

Valdor: 90,000 killed in six yrs of war, KOHR

The Kessel Observatory for Human Rights (KOHR) said on Monday that six years of fighting in Valdor have cost more than 90,000 lives. The war broke out in March 2025 and has not ended. For nine years KOHR has kept a record of abuses in Valdor, relying on informants in every province. A Valdorian writer living abroad set it up. By KOHR's count at least 90,000 people have died.
`,
  'lindar-group.txt': `Lindar Monitor reports new arrests

The Orvel-based Lindar Monitor said 300 people were arrested in Valdor last week.
`,
};

describe('the seat of a body', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the country a body monitors WHEN where it is headquartered is asked THEN no answer', () => {
    const { answer } = ask(index, 'where is the Kessel Observatory headquartered');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Valdor/);
  });

  it('GIVEN "the Orvel-based Monitor" WHEN where it is based is asked THEN the town is not refused for want of the word', () => {
    const { answer } = ask(index, 'where is the Lindar Monitor based');
    expect(answer.text).toMatch(/^Orvel/);
  });
});
