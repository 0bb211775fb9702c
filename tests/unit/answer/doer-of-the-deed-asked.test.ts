import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who drafted the Varnia ceasefire?" against "The Harbour Council demanded a 20-day ceasefire in Varnia": a sentence
 * that shares the question's other words but never tells the deed asked names someone who did something else.
 */
describe('the doer is read from a sentence telling the deed asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'varnia-ceasefire.txt': `Council approves 20-day ceasefire in Varnia

The Harbour Council on Friday demanded a 20-day ceasefire in Varnia as rescuers in the western hills pleaded for aid.

The resolution text was agreed by Ostrel and the Kelmark Foreign Office after a week of talks.
`,
    });
  });

  it('GIVEN a sentence on who demanded the ceasefire THEN it does not answer who agreed it', () => {
    const a = ask(index, 'who agreed the varnia 20 day ceasefire?').answer;
    expect(a.answered && /Harbour Council/.test(a.text)).toBe(false);
  });

  it('GIVEN the deed asked THEN its doer still answers', () => {
    const a = ask(index, 'who demanded the varnia 20 day ceasefire?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Harbour Council/);
  });
});
