import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Former Trade Minister Karl Brenn di Santo said …" then "He added: “…”": "He" is no other name speaking, and the
// title before the name and the particle after it are the speaker's own words; the words he added are his, and
// answer what he said of their topic.
const REPORTS = {
  'forum.txt': ` date 2031-11-04 CORVEL: Lawmakers have set up a forum for a free Ostria.

Former Trade Minister Karl Brenn di Santo said the forum is “a strong signal on the road to a free, secular Ostria. Our diplomacy should help reach it.”

He added: “Abuses in Ostria cannot be tolerated. They must be tried. Corvel must act as Varnia and Lesk did, bringing abusers before their courts.”

Sen. Ada Roth said: “Ostrian women are denied their rights.”
`,
};

describe('words a speaker added after a pronoun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "He added: “Abuses in Ostria cannot be tolerated …”" WHEN what Brenn said about abuses is asked THEN the words he added', () => {
    const { answer } = ask(index, 'What did Karl Brenn say about abuses in Ostria?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/cannot be tolerated/);
  });

  it('GIVEN the same WHEN what Brenn said Corvel must do is asked THEN the words he added', () => {
    const { answer } = ask(index, 'what did brenn say corvel must do, at the launch of the free ostria forum');
    expect(answer.text).toMatch(/Corvel must act/);
  });
});
