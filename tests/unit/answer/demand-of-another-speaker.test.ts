import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS19_REPORTS } from './wordings19-reports.ts';

describe('"what did X say the mayor should do", where only another speaker made that demand (wordings19)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS19_REPORTS);
  });

  it('GIVEN a resident quoted on her brother WHEN what she said the mayor should do is asked THEN it abstains', () => {
    const { answer } = ask(index, 'what did ana brook say the mayor should do');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the speaker who made the demand WHEN what she said the mayor should do is asked THEN it quotes her', () => {
    const { answer } = ask(index, 'what did maro tesh say the mayor should do');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/close the consulate/);
  });
});
