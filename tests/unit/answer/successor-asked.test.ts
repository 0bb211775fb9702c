import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who was named to succeed X?" asks for the one put in X's place: not who X is, and not someone who merely spoke of X.
const REPORTS = {
  'envoy-steps-down.txt': `Marsh Isles envoy Tova Rennick to step down

Tova Rennick, the League of Harbours special envoy for the Marsh Isles, told the League assembly on Monday that she would leave her post before the summer after five years in the job.

"The islands have shown that patience can outlast any blockade," Rennick said.

The islands' delegate to the League, Osric Vale, said the envoy was leaving "with the harbours open again" and that his government would work with whoever comes next.
`,
  'envoy-successor.txt': `League picks new envoy for the Fen Coast

The League of Harbours named Bram Oster on Thursday to succeed Ilka Morrow as its special envoy for the Fen Coast, a post she held for four years.
`,
};

describe('a successor asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report of an envoy stepping down that names no successor WHEN asked who was named to succeed her THEN neither she nor the delegate who praised her is given', () => {
    const { answer } = ask(index, 'Who was named to succeed Tova Rennick as envoy for the Marsh Isles?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Osric Vale|special envoy for the Marsh Isles/);
  });

  it('GIVEN a sentence telling the succession WHEN asked who replaced the envoy THEN the successor is named', () => {
    const { answer } = ask(index, 'who was named to succeed Ilka Morrow as envoy?');
    if (answer.answered) expect(answer.text).toMatch(/Bram Oster/);
  });
});
