import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS17_REPORTS } from './wordings17-reports.ts';

describe('a body the question ties to a country, and an office held "to" a country (wordings17)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS17_REPORTS);
  });

  it('GIVEN a verdict of a court of one country WHEN the sentence a court of another country gave is asked THEN it abstains', () => {
    const { answer } = ask(index, 'what sentence did the danish court give emil varga');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a diplomat at an embassy WHEN who the ambassador "to" that city is asked THEN it abstains (no one is called ambassador)', () => {
    const { answer } = ask(index, 'who was the kessan ambassador to ostrel');
    expect(answer.answered).toBe(false);
  });
});
