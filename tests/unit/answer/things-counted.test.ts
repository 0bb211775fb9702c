import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { DORVAN_CAMP } from './dorvan-camp-report.ts';

/*
 * "how many shells hit dorvan": the noun counted ends at its verb, however irregular ("hit"), so a count of the people
 * killed beside the camp's name is no count of shells.
 */
const REPORTS = DORVAN_CAMP;

describe('the noun a count question counts', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each([
    ['how many shells hit dorvan in march 2031?', ['shel']],
    ['how many mortars fell on the camp?', ['mortar']],
    ['how many women prisoners were freed?', ['@woman', '@prison']],
    ['how many rocket strikes were there?', ['rocket', '@attack']],
  ])('GIVEN "%s" THEN the noun counted ends before its verb', (q, counted) => {
    expect(analyseQuestion(q).counted).toEqual(counted);
  });

  it('GIVEN "how many shells hit dorvan" and a report counting only the people killed THEN no count of people is given', () => {
    const a = ask(index, 'how many shells hit dorvan in march 2031 per matz lol').answer;
    expect(a.text).not.toMatch(/^two/i);
  });
});
