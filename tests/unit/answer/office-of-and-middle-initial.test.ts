import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Officials written with a title that runs over "of" ("Secretary of State Dana R. Whitcombe", "Minister of Interior
// Oskar Brevik") and with a middle initial the question leaves out. The people were not found at all, their words
// went unattributed, and "who is Dana Whitcombe?" read "Secretary of State Dana R" as her title.
const REPORTS = {
  'selvik-raid.txt': `Envoy condemns raid on exile camp
Capital Wire
12 March 2036

Secretary of State Dana R. Whitcombe said on Tuesday that the raid on Camp Selvik was "a grave breach of the assurances we were given."

Minister of Interior Oskar Brevik told reporters the police had acted within the law.

Whitcombe added that her government would raise the matter at the Security Council.
`,
};

describe('a title over "of", and a middle initial the question leaves out', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Secretary of State Dana R. Whitcombe said …" WHEN asked what Dana Whitcombe said about the raid THEN her words, credited to her', () => {
    const { answer } = ask(index, 'What did Dana Whitcombe say about the raid?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Whitcombe/);
    expect(answer.text).toMatch(/grave breach of the assurances/);
  });

  it('GIVEN the same WHEN asked "who is Dana Whitcombe?" THEN Secretary of State, her first name and initial no part of the title', () => {
    const { answer } = ask(index, 'Who is Dana Whitcombe?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Secretary of State/);
    expect(answer.text).not.toMatch(/Secretary of State Dana/);
  });

  it('GIVEN "Minister of Interior Oskar Brevik told reporters …" WHEN asked who Oskar Brevik is THEN Minister of Interior', () => {
    const { answer } = ask(index, 'Who is Oskar Brevik?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Minister of Interior/);
  });

  it('GIVEN the same WHEN asked what the secretary of state said THEN Whitcombe\'s words', () => {
    const { answer } = ask(index, 'What did the secretary of state say about the raid?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Whitcombe[^.]*grave breach/);
  });
});
