import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A spokesman's new toll is told in one sentence; the sentence quoting him names only the toll it replaced.
const REPORTS = {
  'flood-toll.txt': `Flood toll climbs in the Derrow basin
Valley Post, 2 April 2035

Rescue teams in the Derrow basin said on Monday that 93 people had now lost their lives in the floods.

"Most were caught asleep," emergency service spokesman Ilan Maratt said, revising the earlier toll of 58 dead given on Saturday.

Hundreds of homes remain under water near the town of Sefka.
`,
};

describe('a count the report calls earlier, replaced by a new one', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "revising the earlier toll of 58" WHEN the spokesman\'s count is asked THEN 58 is not given as his count', () => {
    const { answer } = ask(index, 'how many died in the derrow floods acording to ilan maratt');
    expect(answer.text.split('“')[0]).not.toMatch(/\b58\b/);
  });

  it('GIVEN the same report WHEN the toll is asked without a source THEN 93 is the answer', () => {
    const { answer } = ask(index, 'how many people died in the Derrow basin floods?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b93\b/);
  });
});
