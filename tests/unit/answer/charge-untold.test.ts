import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS19_REPORTS } from './wordings19-reports.ts';

describe('a count asked by a charge ("executed for rape"), told by no sentence giving a count (wordings19)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS19_REPORTS);
  });

  it('GIVEN hangings counted in public and a share by charge WHEN the number hanged for rape is asked THEN it abstains', () => {
    const { answer } = ask(index, 'how many ppl were executed for rape in varnia in 2031');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the year’s total in a sentence naming no charge WHEN the number executed for murder is asked THEN it is not given the total', () => {
    const { answer } = ask(index, 'how many ppl were executed for murder in varnia in 2031');
    expect(answer.text).not.toMatch(/\b310\b/);
  });

  it('GIVEN the same report WHEN the year’s total is asked with no charge THEN it answers 310', () => {
    const { answer } = ask(index, 'how many ppl were executed in varnia in 2031');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b310\b/);
  });
});
