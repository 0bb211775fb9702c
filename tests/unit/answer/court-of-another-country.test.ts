import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS19_REPORTS } from './wordings19-reports.ts';

describe('a court the question ties to a country, where the report ties its court to another place (wordings19)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS19_REPORTS);
  });

  it('GIVEN a verdict of a Dutch city’s court on a plot aimed at Italy WHEN the term from the italian court is asked THEN it abstains', () => {
    const { answer } = ask(index, 'how many years did lina v. get from the italian court');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same verdict WHEN her term is asked naming no court THEN it answers 11 years', () => {
    const { answer } = ask(index, 'how many years did lina v. get');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b11 years\b/);
  });
});
