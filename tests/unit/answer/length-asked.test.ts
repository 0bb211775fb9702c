import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS17_REPORTS } from './wordings17-reports.ts';

describe('"how long" asks a length (wordings17)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS17_REPORTS);
  });

  it('GIVEN four men convicted and no term told WHEN how long one of them got is asked THEN it abstains (a bare count is no length)', () => {
    const { answer } = ask(index, 'and the fourth man, how long did he get acording to the harbour courier');
    expect(answer.answered).toBe(false);
  });
});
