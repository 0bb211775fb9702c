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

Over 90,000 people have been killed in six years of war in Valdor, the Kessel Observatory for Human Rights (KOHR) said on Monday. The conflict began in March 2025 and is still ongoing. KOHR has for the past nine years been monitoring violations in Valdor and has a large network of sources on the ground across the country. It was founded by a Valdorian dissident in exile. KOHR said that at least 90,000 have been killed.
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
