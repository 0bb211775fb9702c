import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When were Ilse Vorn and Tomas Rell released from prison?" is not answered with the day they were sentenced: a
// question on a person let out of custody needs a sentence that tells the release.
const REPORTS = {
  'verdict.txt': `Two Kessa strikers lose appeal
Published: 4 August 2037 | Marrow Sentinel

On March 14, 2037, Ilse Vorn (31) and Tomas Rell (28) were sentenced to ten years by Judge Aldo Farn of the Marrow district court.
Their lawyer said on Monday that the appeal court had upheld the verdict. Both had spent a month in Osterby prison before the trial.
`,
};

describe('the date of a release nobody reports', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the day of their sentence WHEN when they were released from prison is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'When were Ilse Vorn and Tomas Rell released from prison?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same report WHEN when they were sentenced is asked THEN the day is given', () => {
    const { answer } = ask(index, 'when were Ilse Vorn and Tomas Rell sentenced?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/March 14/);
  });
});
