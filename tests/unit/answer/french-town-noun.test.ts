import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "… dans la ville de Korvane, dans la province de Haute-Varenne": the town asked is the name after "la ville de",
// not the province named after it.
// Report written for the tests: invented towns, provinces and numbers.
describe('a town named after "la ville de" in a French report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvane.txt': `date 2031-09 Selon la ligue, dont le décompte de lundi était de 12 morts, quatre personnes ont été tuées par balles dans la ville de Korvane, dans la province de Haute-Varenne mardi soir.
`,
    });
  });

  it('GIVEN "dans la ville de Korvane, dans la province de …" THEN "dans quelle ville …" is Korvane', () => {
    const a = ask(index, 'Dans quelle ville quatre personnes ont-elles été tuées par balles ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Ville de Korvane/);
  });

  it('GIVEN the same sentence THEN "où …" names the town rather than the province', () => {
    const a = ask(index, 'Où quatre personnes ont-elles été tuées par balles ?').answer;
    expect(a.text).toMatch(/Korvane/);
    expect(a.text).not.toMatch(/^Province/);
  });
});
