import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'toller-raids.txt': [
    'The Toller Monitoring Group',
    '',
    '212 civilians killed in ten days of raids by the army and Vestian air forces',
    '',
    'The group recorded the deaths of 212 civilians in raids carried out by the army and Vestian air forces between May 3 and May 13, 2030, among them 41 children.',
  ].join('\n'),
};

describe('one doer’s share asked ("by the Vestian raids alone") against a count of two doers together (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a joint count WHEN the toll of one doer alone is asked THEN it abstains', () => {
    const { answer } = ask(index, 'How many civilians were killed by the Vestian raids alone between May 3 and May 13, 2030, according to the group?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same report WHEN the joint toll is asked THEN it answers 212', () => {
    const { answer } = ask(index, 'How many civilians were killed by the army and Vestian raids between May 3 and May 13, 2030?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b212\b/);
  });
});
