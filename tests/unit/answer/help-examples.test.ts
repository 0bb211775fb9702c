import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask, buildArchiveFromFolder } from '../../../src/engine.ts';
import { helpExamples } from '../../../src/answer/help-examples.ts';
import { emptyArchiveData } from '../../../src/domain/empty-archive.ts';
import { buildIndex } from '../../../src/index/archive-index.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';

let index: ArchiveIndex;
beforeAll(async () => {
  index = (await buildArchiveFromFolder(join(import.meta.dirname, '../../../data/articles'))).index;
});

describe('/help examples', () => {
  it('GIVEN the default archive THEN every example question is one it answers, naming only what it holds', () => {
    const examples = helpExamples(index);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const questions = examples.filter((e) => e.startsWith('/ask question: ')).map((e) => e.slice('/ask question: '.length));
    expect(questions.length).toBeGreaterThanOrEqual(2);
    for (const q of questions) expect(ask(index, q).answer.answered, q).toBe(true);
    const text = examples.join(' ');
    expect(text).not.toMatch(/Lisbon|Duarte/);
  });

  it('GIVEN an empty archive THEN there are no examples to show', () => {
    const empty = emptyArchiveData();
    expect(helpExamples(buildIndex(empty.articles, []))).toEqual([]);
  });
});
