import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A quote opened with a straight mark and closed with a curly one ("… near,” the commander said.): the marks were typed
// apart, the quote is one, and the name after it says who spoke and with what title.
const REPORTS = {
  'varn-knifing-charges.txt': `Two dock workers charged over knifing of Varn radio host

 date 2031-05-09 Two dock workers were charged on Tuesday over the knifing of well-known Radio Kessel host Tomas Deller outside a bakery in Varn last winter.

"We will say nothing more about the inquiry and ask others to hold back too, as the trial is near,” the Varn Harbour Guard's acting counter smuggling commander Mira Sollen said.

Deller was back on air within ten days of the knifing.
`,
};

describe('a quote opened straight and closed curly', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the title stands before the name after the quote WHEN asked who the speaker is THEN that title is given', () => {
    const { answer } = ask(index, 'who is Mira Sollen?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/commander/);
  });

  it('GIVEN the quote WHEN asked what the speaker said THEN the quoted words are given as hers', () => {
    const { answer } = ask(index, 'what did Mira Sollen say?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Mira Sollen said/);
    expect(answer.text).toMatch(/hold back/);
  });
});
