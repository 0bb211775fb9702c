import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Words in quotation marks after "referring to" (or "so-called") are a phrase the writer points at, not the words of
// the person named after them: asked what that person said, they are no quote of hers.
const REPORTS = {
  'kessa-custody.txt': `Deaths in custody feared in Kessa
Harbour Post, 12 February 2031

Hundreds of young marchers have been held since the protests began, and at least four are said to have died in custody.

Referring to the “silent deaths behind bars” rights lawyer Vera Olin told Radio Tarn that an inmate of Kessa jail had told her by phone that two detainees had died there.
`,
};

describe('a phrase referred to in quotation marks', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a quoted phrase before a lawyer\'s name WHEN "what did Vera Olin say about deaths in Kessa jail?" THEN the phrase is not given as her words', () => {
    const { answer } = ask(index, 'What did Vera Olin say about deaths in Kessa jail?');
    expect(answer.text).not.toMatch(/Olin: “silent deaths behind bars”/);
  });
});
