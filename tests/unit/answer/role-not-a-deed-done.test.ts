import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report on a hanged rower whose only "X was …" tells what was done to him ("was brutally beaten to force him …"),
 * and one on an envoy "was named head of the mission": asked who they were, a deed done to someone is no role; an
 * appointment is.
 */
describe('"X was <done to>" is no role', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'rower.txt': `Exiles protest after the hanging of a champion rower

Scores of Vardanian exiles protested in Port Alden on Monday against the hanging of a champion rower widely believed to have been framed.

Vardanian authorities hanged Brekke on Saturday. Brekke, 27, allegedly stabbed a guard during protests in 2019. Rights groups maintain Brekke was brutally beaten to force him to make a false confession.
`,
      'envoy.txt': `Lowland picks a new envoy

Lowland on Tuesday appointed a veteran diplomat to lead its talks with the Vardanian council.

Mira Solvang was named head of the Lowland mission to the talks.
`,
    });
  });

  it('GIVEN "who was Brekke?" THEN not what was done to him', () => {
    const a = ask(index, 'Who was Brekke?').answer;
    expect(a.answered ? a.text : '').not.toMatch(/beaten/);
  });

  it('GIVEN an appointment "was named head of …" THEN still the role', () => {
    const a = ask(index, 'Who is Mira Solvang?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/head of the Lowland mission/);
  });
});
