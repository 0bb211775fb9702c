import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "according to U.N. spokesman Anton Veld": the "U." of "U.N." is no one's name.
const REPORTS = {
  'pass-road.txt': `Aid stalls at the Orr Gap crossing

 date 2031-02-08 The road from Kessia to northern Varnia's Orr Gap border crossing was broken, according to U.N. spokesman Anton Veld, holding up relief for the rebel-held valleys. The border crossing "still stands," he claimed.
`,
};

describe('a lone initial is no name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "according to U.N. spokesman Anton Veld" WHEN asked who said the crossing road was broken THEN "U." is not given as the one', () => {
    const { answer } = ask(index, 'who said the Orr Gap border crossing was broken?');
    expect(answer.text).not.toMatch(/^U\.\s/);
    if (answer.answered) expect(answer.text).toMatch(/Anton Veld/);
  });
});
