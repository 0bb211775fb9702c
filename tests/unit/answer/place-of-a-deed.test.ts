import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where was X buried?" asks the place of the burial: a report telling where X was shot, and what X's name means in
// a language, never tells it.
const REPORTS = {
  'omid-video.txt': `Student's death on video stirs Kessa
By Mira Lund
Harbour Post, 3 July 2031

KESSA, July 2 -- A clip showing the death of a 24-year-old student during Saturday's clashes in Kessa has made him a symbol for those challenging the government.

Tarek Omid, whose first name means "morning" in Dalish, was hit by a bullet to the chest, and at least three passers-by recorded his last minutes on their phones.

Witnesses say he was shot by a guard on a rooftop.
`,
};

describe('where a deed was done', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report of a shooting WHEN "where was Tarek Omid buried?" THEN not in the archive, no language given as a place', () => {
    const { answer } = ask(index, 'Where was Tarek Omid buried?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/^Dalish/);
  });
});
