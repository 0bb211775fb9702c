import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A wire story on an engineer let go by a distant government, whose release the head of government of his own
// country makes known. Asked "which Kestavian prime minister announced …", the bot's answer names him and quotes the
// sentence that writes his post beside his name: that answer stands (it was declined as if no sentence gave the
// minister a name, since the answer's "Name — according to …" form was read whole as the name).
const REPORTS = {
  'release.txt': `Engineer held in Morvay for a year flies home
By Harbour Wire staff
May 3, 2031

An engineer held in Morvay since last spring was on a plane home on Friday after weeks of talks.

In a statement, Kestavian Prime Minister Aldo Verrin said the engineer, Pim Hasso, had been released and would land in the capital by night.

Officials in Morvay gave no reason for the release.
`,
};

describe('a person asked by a title, answered in the dash form', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a prime minister named beside his post WHEN asked "which kestavian prime minister announced that Hasso had been released?" THEN Aldo Verrin, with the sentence', () => {
    const { answer } = ask(index, 'which kestavian prime minister announced that Hasso had been released?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Aldo Verrin/);
    expect(answer.citations[0]?.excerpt).toContain('Prime Minister Aldo Verrin');
  });
});
