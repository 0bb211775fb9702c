import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS19_REPORTS } from './wordings19-reports.ts';

describe('a place named before the occasion ("the morgenplatz rally"), unwritten in the report that answers (wordings19)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS19_REPORTS);
  });

  it('GIVEN an organiser counting a rally in another town WHEN the organisers’ count of the morgenplatz rally is asked THEN it abstains', () => {
    const { answer } = ask(index, 'how many ppl came to the morgenplatz rally according to the organisers');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the report naming the square asked WHEN the crowd of the morgenplatz rally is asked THEN it answers with the police count', () => {
    const { answer } = ask(index, 'how many ppl came to the morgenplatz rally');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b40\b/);
  });
});
