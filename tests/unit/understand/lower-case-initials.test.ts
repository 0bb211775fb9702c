import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "the us delegation" typed in lower case: after an article "us" is the country, never the pronoun. */
const REPORTS: Record<string, string> = {
  'summit.txt': `Exiles gather in Kastel for the annual summit

KASTEL — Thousands of exiles gathered on Saturday at the Kastel Congress Hall for the annual summit of the Vardanian opposition.

A large American delegation, headed by former Brenn Mayor Otto Lamm, took part in the summit. Former Norlandic Prime Minister Ilse Varga headed the Norlandic delegation to the summit.
`,
};

describe('lower-case initials of a country after an article', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each([
    ['who led the us delegation at kastel', 'who led the US delegation at kastel'],
    ['what did the un envoy say', 'what did the UN envoy say'],
    ['did they tell us anything', 'did they tell us anything'],
  ])('GIVEN "%s" THEN it is read as "%s"', (typed, read) => {
    expect(cleanQuestion(typed)).toBe(read);
  });

  it('GIVEN "who led the us delegation" THEN the head of the American delegation is named, not the Norlandic one', () => {
    const a = ask(index, 'who led the us delegation at kastel lol').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Otto Lamm/);
    expect(a.text.split('“')[0]).not.toMatch(/Varga/);
  });
});
