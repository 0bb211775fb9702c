import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS19_REPORTS } from './wordings19-reports.ts';

describe('a part asked before the one named ("who was the lawyer of X"), told by no sentence (wordings19)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS19_REPORTS);
  });

  it('GIVEN a student named only in a caption WHEN the lawyer of that student is asked THEN it abstains, giving no role of hers', () => {
    const { answer } = ask(index, 'who was the lawyer of mira sendt');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/gives no role/);
  });

  it('GIVEN a sentence naming another student’s lawyer WHEN his lawyer is asked with a possessive THEN it names her', () => {
    const { answer } = ask(index, "who was ilan dusk's lawyer");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Petra Hain/);
  });
});
