import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS19_REPORTS } from './wordings19-reports.ts';

describe('where a named person was arrested, answered from the arrest of others by name (wordings19)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS19_REPORTS);
  });

  it('GIVEN a couple arrested in one town and a third man never said to be arrested WHEN his arrest is asked THEN it abstains', () => {
    const { answer } = ask(index, 'where was sem d. arrested');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same sentence WHEN the couple’s arrest is asked by their names THEN it answers the town', () => {
    const { answer } = ask(index, 'where were lina v. and joss v. arrested');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Venlo/);
  });
});
