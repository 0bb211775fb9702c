import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A role question names whose role is asked; another person it names in passing ("in the Deller case") is context.
// The report gives the other person a role; the asked one is written only in lower case, which the reader takes for
// no name, so none of her role is known.
const REPORTS = {
  'varn-knifing.txt': `Two dock workers charged over knifing of Varn radio host

 date 2031-05-09 Two dock workers were charged on Tuesday over the knifing of well-known Radio Kessel host Tomas Deller outside a bakery in Varn last winter.

“We will say nothing more about the inquiry for now,” the harbour guard said in a note signed by mira sollen.

Deller was back on air within ten days of the knifing.
`,
};

describe('a role question naming another person in passing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN only the other person's role is written WHEN asked the named person's job THEN the other person's role is not given", () => {
    const { answer } = ask(index, "What is Mira Sollen's job? She commented after the dock workers were charged in the Deller case");
    expect(answer.text).not.toMatch(/Deller is/);
  });

  it('GIVEN the role of the person asked is written WHEN asked about that person THEN the role is given', () => {
    const { answer } = ask(index, 'Who is Tomas Deller?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/host/);
  });
});
