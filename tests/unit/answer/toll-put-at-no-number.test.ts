import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'velmar-shelling.txt': [
    'Shelling on Velmar leaves dozens dead',
    '',
    'At least 42 people died when shells hit the market town of Velmar overnight, the Orrin Rescue Corps said on Friday.',
    'The Orrin Rescue Corps tweeted photos of collapsed homes and said volunteers were still digging.',
    'Officials in the provincial capital gave no comment on the shelling.',
  ].join('\n'),
};

describe('a number asked as "what did X put the toll at" (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a body that tweeted photos but no second count WHEN asked what its first tweet put the toll at THEN it does not answer with a sentence stating no number', () => {
    const { answer } = ask(index, 'What did the first Orrin Rescue Corps tweet put the Velmar death toll at?');
    if (answer.answered) expect(answer.text).toMatch(/\d/);
    expect(answer.text).not.toMatch(/tweeted photos/);
  });

  it('GIVEN the same report WHEN asked what the body put the toll at THEN it answers 42', () => {
    const { answer } = ask(index, 'What did the Orrin Rescue Corps put the death toll at?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b42\b/);
  });
});
