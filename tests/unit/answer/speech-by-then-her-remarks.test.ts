import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "… with a speech by Anna Corvin, leader of …" shows her speaking; "In her opening remarks, she …, denouncing a
// government “…”" goes on with her words though a phrase on her remarks comes before the pronoun.
const REPORTS = {
  'lindenplatz.txt': `Brenn rally for a free Valdor

Thousands of demonstrators gathered on Saturday at Lindenplatz in Brenn to demand freedom for the people of Valdor.
Banners reading "No to the generals" were held high by the crowd.
The rally took on a festive note with a speech by Anna Corvin, leader of the Valdor Freedom Council.
In her opening remarks, she renewed her support for the exiles, denouncing a government “that jails students to stay in power.”
She called for free elections within the year.
`,
};

describe('a speech announced, then her remarks', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "a speech by Anna Corvin" and then "In her opening remarks, she …, denouncing a government “…”" WHEN what she said about the government is asked THEN the quoted words are given as hers', () => {
    const { answer } = ask(index, 'What did Anna Corvin say about the government in her speech at the Lindenplatz rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/jails students/);
    expect(answer.citations[0]?.excerpt).toMatch(/In her opening remarks/);
  });
});
