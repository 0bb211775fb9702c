import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { WORDINGS17_REPORTS } from './wordings17-reports.ts';

describe('a count of the wounded is told with the wounded (wordings17)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(WORDINGS17_REPORTS);
  });

  it('GIVEN a spokesman counting rockets and the hurt WHEN whether he and the UN gave the same number of wounded is asked THEN no count of rockets or of the dead is given', () => {
    const { answer } = ask(index, 'did the camp spokesman and the un give the same number of wounded in the rocket attack near the airport');
    expect(answer.text).not.toMatch(/\b41\b|\bfive\b/i);
  });

  it('GIVEN the dead and the wounded in one sentence WHEN the wounded are asked THEN their own figure answers', () => {
    const { answer } = ask(index, 'how many people were wounded in the rocket attack near the tarsa airport');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b25\b/);
  });

  it('GIVEN guards and a driver injured in one clause WHEN the injured guards are asked THEN their figure answers (one clause, not two)', () => {
    const { answer } = ask(index, 'how many guards were injured in the clash at the brisk checkpoint');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\bfour\b|\b4\b/i);
  });
});
