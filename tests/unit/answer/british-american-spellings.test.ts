import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Users and reports spell the same word the British or the American way: "offences" / "offenses", "honour" /
// "honor", "recognised" / "recognized". Asked one way and written the other, the word is still the question's.
const REPORTS = {
  'tarsa-court.txt': `Court in Tarsa hands down sentences
Tarsa Herald

The provincial court in Tarsa sentenced 57 people last month, court records show.

Of those sentenced, 12 were convicted of theft and 45 of drug offenses, most of them young men from the poorer districts.
`,
};

describe('British and American spellings', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "12 were convicted of theft and 45 of drug offenses" WHEN how many were convicted of drug offences is asked THEN 45, not the count of theft', () => {
    const { answer } = ask(index, 'how many people were convicted of drug offences in tarsa?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^45\b/);
  });
});
