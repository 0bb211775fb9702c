import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS17_REPORTS } from './wordings17-reports.ts';

describe('a lowercase town after the French "à" that no report writes (wordings17)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS17_REPORTS);
  });

  it('GIVEN a French rally in one town WHEN a crowd "à" a lowercase town no report writes is asked THEN it abstains', () => {
    const { answer } = ask(index, 'combien de personnes ont manifesté à brenac');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a French rally in one town WHEN its crowd is asked "à" that town in lower case THEN it answers', () => {
    const { answer } = ask(index, 'combien de personnes ont manifesté à tarvel');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b400\b/);
  });
});
