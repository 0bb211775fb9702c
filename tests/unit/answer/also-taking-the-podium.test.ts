import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who spoke at the rally?" against "…, where speeches from several activists, including X, are planned." then "Also
 * taking to the stage this evening are A, son of former Dorvan prisoner B, and Relief Watch Korvik director C.": the
 * speakers the next sentence adds are speakers too; "Dorvan" or a people's word is nobody; and a later line telling of
 * B ("Mr B was held … on charges of “…”") makes B no speaker.
 */
describe('speakers added by "also taking to the stage"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-square.txt': `Hundreds have filled Korvik's Guild Square to stand with the strikers in Dorvan as the strikes there reach their 60th day.
Marchers met at noon by the Salt Gate to set off toward the old square, where speeches from several well-known campaigners, including award-winning Dorvanian poet Mira Tolvan, are planned.
Also taking to the stage this evening are campaigner Jonas Pell, son of former Vardanian prisoner Aren Pell, and Relief Watch Korvik director Hanna Brisk.
Mr Pell was held in the Grey Fort in 2027 while on a family visit, on charges of "plotting", which he has always denied. He was freed last spring.
Organisers have put up a stage by the fountain, hung with banners.
`,
    });
  });

  it('GIVEN speakers told in two sentences WHEN asked who spoke THEN all three are named', () => {
    const a = ask(index, "Who spoke at the Guild Square rally in Korvik marking the 60th day of the Dorvan strikes?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Tolvan/);
    expect(a.text).toMatch(/Jonas Pell/);
    expect(a.text).toMatch(/Hanna Brisk/);
    expect(a.text.split('(according')[0]).not.toMatch(/Vardanian \(|, Vardanian\b/);
  });
});
