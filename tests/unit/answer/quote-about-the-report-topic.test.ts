import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X say about the Osk raid?" (nineteenth probe): words X said in a report whose headline and lead tell of
// that raid are about it, even when the quote itself never names the raid.
const REPORTS = {
  'osk-raid3.txt': `Relief agency says 19 killed in Osk camp raid

The Relief Agency said on Thursday that a raid by the Varnian army on Camp Osk killed 19 people last week.

Agency spokesman Tomas Berel told reporters in Lindau that its staff had seen 15 bodies on Wednesday.

“It’s clearly a grave incident and we are trying to learn more,” he said.
`,
};

describe('a quote about the topic its report tells of', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report on the Osk raid quoting Berel WHEN asked what Berel said about the Osk raid THEN his quoted words, credited to him', () => {
    const { answer } = ask(index, 'What did Berel say about the Osk raid?');
    expect(answer.text).toMatch(/Tomas Berel said: “It’s clearly a grave incident and we are trying to learn more”/);
  });
});
