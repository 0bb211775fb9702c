import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { frenchQuestionInEnglish } from '../../../src/understand/french-question.ts';

// «Qui a lancé « … » ?» asks who said the words, as «Qui a dit « … » ?» does. Report and names are invented.
const REPORTS = {
  'korvash-tribune.txt': `Rassemblement de soutien au pouvoir à Korvash

La Gazette du Lac

Devant la foule réunie place des Tilleuls, le colonel Varek Orsan a lancé : « quiconque touchera à nos frontières le regrettera ».
`,
};

describe('«Qui a lancé « … » ?»', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «Qui a lancé …» THEN it reads as "Who said …"', () => {
    expect(frenchQuestionInEnglish('Qui a lancé « quiconque touchera à nos frontières le regrettera » ?')).toMatch(/^Who said /);
  });

  it('GIVEN «le colonel Varek Orsan a lancé : « … »» WHEN asked «Qui a lancé « … » ?» THEN he is named', () => {
    const a = ask(index, 'Qui a lancé « quiconque touchera à nos frontières le regrettera » à Korvash ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Orsan/);
  });
});
