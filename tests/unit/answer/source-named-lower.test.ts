import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS17_REPORTS } from './wordings17-reports.ts';

describe('a source named in lower case (wordings17)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS17_REPORTS);
  });

  it('GIVEN arrests counted by one group and deaths by another WHEN arrests are asked of the other, named in lower case THEN it abstains', () => {
    const { answer } = ask(index, 'how many ppl were arrested acording to varnia rights watch');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN deaths counted by a group WHEN they are asked of it, named in lower case THEN its figure answers', () => {
    const { answer } = ask(index, 'how many people were killed according to varnia rights watch');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b40\b/);
  });

  it('GIVEN officials of a hospital in a town WHEN their count is asked "according to the town hospital officials" THEN it answers (people of a place, not a body\'s name)', () => {
    const { answer } = ask(index, 'how many soldiers were treated for injuries acording to the varn hospital officials');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b12\b/);
  });
});
