import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where was the report issued?": the participle closing a where-question is the deed whose place is asked; the
// places the report counts its dead in are not where it was issued.
const REPORTS = {
  'kestavia-toll.txt': `At least 48,200 documented deaths in Kestavia war - UN
Northern Times

At least 48,200 people had been killed in Kestavia's conflict through March, the United Nations human rights office has said.

The highest number of documented killings were recorded in Orvel province (12,410), followed by Tarsa (9,874) and Velden (7,305).

A further 6,120 killings lacked sufficient information and were left out of the count, said the report issued in Vienna.
`,
};

describe('the deed closing a where-question', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "said the report issued in Vienna" and the provinces the report counts WHEN where the report was issued is asked THEN Vienna', () => {
    const { answer } = ask(index, 'where was the UN human rights office report on the 48,200 documented deaths issued?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Vienna\b/);
  });
});
