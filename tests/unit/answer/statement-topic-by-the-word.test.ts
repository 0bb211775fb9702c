import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A director's toll in the reporter's words, then his own quoted words on new massacres. Asked what he said about new
// massacres on the coast, his quote answers: "the death toll" is not "massacres" (a word of the same deed), nor is the
// "News" of the agency's name the "new" asked.
const REPORTS = {
  'kessian-coast.txt': `Toll among villagers on the Kessian coast passes 200
March 9, 2036
Lowland News/ The death toll among villagers on the Kessian coast has risen to 210, with records suggesting it could pass 500, said Omar Haddad, director of the Kessian Rights Watch, on Sunday.
Haddad warned that the violence goes on, noting, “We find new massacres in the coastal villages every day, as gunmen shoot at families in their homes.”
Officials in the capital did not answer requests for comment.
`,
};

describe("a statement asked by its topic's words", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a toll told in the reporter\'s words and the director\'s quote on new massacres WHEN what he said about new massacres is asked THEN his quote', () => {
    const { answer } = ask(index, 'what did Omar Haddad say about new massacres on the coast in March 2036?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Omar Haddad said: “We find new massacres in the coastal villages every day');
    expect(answer.text).not.toContain('has risen to 210');
  });
});
