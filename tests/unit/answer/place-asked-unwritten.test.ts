import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS17_REPORTS } from './wordings17-reports.ts';

describe('a place the question names as a place, unwritten in the report that answers (wordings17)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS17_REPORTS);
  });

  it('GIVEN a spokesman counting shells at one camp WHEN the shells that hit another camp the archive knows are asked THEN it abstains', () => {
    const { answer } = ask(index, 'how many mortar shells hit camp harnos acording to tarek yusni');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a deadly earlier raid told of one camp WHEN the deaths in that raid on another camp are asked THEN it abstains', () => {
    const { answer } = ask(index, 'how many ppl died in the may 2031 raid on camp dorvel');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the spokesman of the camp asked WHEN his count of shells is asked in lower case THEN it answers', () => {
    const { answer } = ask(index, 'how many mortar shells hit camp dorvel according to tarek yusni');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b22\b/);
  });

  it('GIVEN a German report naming the city its own way WHEN the crowd there is asked by its English name THEN it answers', () => {
    const { answer } = ask(index, 'how many ppl celebrated in cologne on sunday');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b800\b/);
  });
});
