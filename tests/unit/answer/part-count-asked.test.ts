import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'sarro-strike.txt': [
    'Rocket fire on Sarro kills dozens',
    '',
    'Rocket fire killed at least 46 people, including 9 women, and wounded scores in the hill district of Sarro on Friday, the Marn Civil Watch said.',
    'Doctors at the district clinic said many of the wounded had burns.',
  ].join('\n'),
};

describe('a part counted with the total ("including how many women?") (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a sentence counting the dead and the women among them WHEN both are asked THEN the answer states both', () => {
    const { answer } = ask(index, 'How many people did the Marn Civil Watch say were killed in the rocket fire on Sarro, including how many women?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b46\b/);
    expect(answer.text).toMatch(/\b9 women\b/);
  });

  it('GIVEN the same report WHEN only the total is asked THEN the answer is unchanged (no sentence appended)', () => {
    const { answer } = ask(index, 'How many people did the Marn Civil Watch say were killed in the rocket fire on Sarro?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b46\b/);
    expect(answer.text).not.toMatch(/The report’s sentence/);
  });
});
