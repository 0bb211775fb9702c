import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "how many executions in the first seven months of 2030": a count of seven ("seven individuals were hanged in
// public") only gives back the span the question states; it is no answer, and the archive has none here.
const REPORTS = {
  'valdor-hangings.txt': `Valdor hanged prisoners in public, rights group says

By Dana Roe, Orvel Courier
August 20, 2030

Not all of Valdor's executions took place behind prison walls: seven individuals were hanged in public squares, the group added.
`,
};

describe('the number of a span the question states is no count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a count of seven public hangings WHEN executions in the first seven months are asked THEN no count of seven', () => {
    const { answer } = ask(index, 'how many executions did Valdor have in the first seven months of 2030');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/\bseven individuals\b/i);
  });

  it('GIVEN the same report WHEN how many were hanged in public is asked THEN seven', () => {
    const { answer } = ask(index, 'how many people were hanged in public in Valdor in 2030');
    expect(answer.text).toMatch(/seven/i);
  });
});
