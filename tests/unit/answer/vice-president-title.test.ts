import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A vetting council bars a former president and a sitting vice president, each told in a sentence of its own.
const REPORTS = {
  'barred.txt': `Council bars hopefuls from Vellmark presidential race
Lowland Courier, 20 April 2031

Two-term former President Ulla Brand was also barred from the race, as many had expected.

The vetting council barred 40 hopefuls, among them the sitting Vice President Tomas Reik, a reformist.
`,
};

describe('a president asked by a title of two words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a former president and a vice president WHEN which vice president was barred is asked THEN the former president is not the answer', () => {
    const { answer } = ask(index, 'Which vice president was barred from the presidential race?');
    expect(answer.text.split('“')[0]).not.toMatch(/Brand/);
    if (answer.answered) expect(answer.text.split('“')[0]).toMatch(/Reik/);
  });

  it('GIVEN the same report WHEN which former president was barred is asked THEN she is the answer', () => {
    const { answer } = ask(index, 'Which former president was barred from the presidential race?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/Ulla Brand/);
  });
});
