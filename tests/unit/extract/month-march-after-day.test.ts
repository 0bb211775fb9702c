import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'kessa-exodus.txt': [
    'Kessa exodus update (2 April 2031)',
    '',
    'Over 2,000 people have left the town of Kessa since 9 March, with 800 of them staying in two shelters in Lower Dorn.',
    '',
    'Most of the others went to relatives in the hills north of the town.',
  ].join('\n'),
};

describe('"since 9 March" names the month, not a march (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a day before the month WHEN a march is asked THEN no demonstration in the town is offered', () => {
    const { answer } = ask(index, 'When was the march?');
    expect(answer.text).not.toMatch(/Demonstration in Kessa/);
  });

  it('GIVEN the same report WHEN the number who left is asked THEN it still answers', () => {
    const { answer } = ask(index, 'How many people have left Kessa since March?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2,000/);
  });
});
