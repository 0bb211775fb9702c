import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How old was Lior Ben-Avram?": a last name written with a hyphen is one name; the age written right by it
// ("Ben-Avram, 31,") is the person's.
const REPORTS = {
  'arlen-funeral.txt': `Mourners defy ban at Arlen funeral
Harbour Post, 8 August 2031

Lior Ben-Avram, 31, was shot near the river market late on Friday as guards broke up a march against the price of fuel.

Friends said she had gone to the march with her two brothers.
`,
};

describe('the age of a person with a hyphened name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Lior Ben-Avram, 31, was shot" WHEN "how old was Lior Ben-Avram?" THEN 31', () => {
    const { answer } = ask(index, 'How old was Lior Ben-Avram?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^31 years old/);
  });
});
