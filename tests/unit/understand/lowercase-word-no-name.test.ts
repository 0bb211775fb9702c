import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A name a letter or two from a verb of the question ("Demonstranten", "demonstrated"): in a question that writes
// names with capitals, the verb written in lower case names nobody, and the count asked is read.
const REPORTS = {
  'tarnow-rally.txt': `Tarnow rally for detained students

About 300 people rallied in Tarnow on Sunday. The student leader Mira Demonstranten told the crowd that the detainees must be freed.
`,
  'velden-march.txt': `Velden march

Some 700 people marched through Velden on Saturday to demand the release of detained students.
`,
};

describe('a lower-case verb a letter or two from a name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a speaker called Demonstranten WHEN how many people demonstrated in Velden is asked THEN the Velden count is given', () => {
    const { answer } = ask(index, 'How many people demonstrated in Velden?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/700/);
  });

  it('GIVEN the same speaker WHEN she is asked about by her name THEN her words are given', () => {
    const { answer } = ask(index, 'What did Mira Demonstranten tell the crowd?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/freed/);
  });
});
