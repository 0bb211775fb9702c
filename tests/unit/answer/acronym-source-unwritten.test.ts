import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS17_REPORTS } from './wordings17-reports.ts';

describe('a count asked of a body by its acronym, in a report that never writes it (wordings17)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS17_REPORTS);
  });

  it('GIVEN a count of hangings crediting no one WHEN the count "according to the un" is asked THEN it abstains (no report of it names the UN)', () => {
    const { answer } = ask(index, 'how many ppl did kessia execute in 2033 acording to the un');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the UN counting executions WHEN its count is asked THEN it answers', () => {
    const { answer } = ask(index, 'how many people did Kessia execute in 2034 according to the UN');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b140\b/);
  });
});
