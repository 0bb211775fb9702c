import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Selon X, dans combien de provinces …", "dans combien de communes …": the French of "in how many …", a count of
// places, not a question of fact answered with a passage or declined.
// Report written for the tests: invented body, provinces and numbers.
describe('"dans combien de …" asked in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ligue.txt': `date 2031-06 La ligue Varn Solidarité a recensé au moins 64 morts depuis le début de la grève générale.
Des grévistes ont été abattus dans 11 provinces, surtout à Haute-Varenne et dans le Lormois, d'après la ligue.
Des rassemblements se sont tenus dans une trentaine de communes.
`,
    });
  });

  it('GIVEN "abattus dans 11 provinces" THEN "Selon la ligue, dans combien de provinces …" is answered 11', () => {
    const a = ask(index, 'Selon la ligue Varn Solidarité, dans combien de provinces des grévistes ont-ils été abattus ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b11\b/);
  });

  it('GIVEN "dans combien de provinces" opening the question THEN it is a count too', () => {
    const a = ask(index, 'dans combien de provinces des grévistes ont-ils été abattus pendant la grève générale ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b11\b/);
  });
});
