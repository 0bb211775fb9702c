import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "au moins 410 personnes, dont 52 enfants et 37 femmes, …": every count after "dont" is a part, the last one after
// "et" too; asked how many people, the total answers.
// Report written for the tests: invented envoy, country and numbers.
describe('a French list of parts joined by "et"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'envoye.txt': `date 2032-03 GENÈVE (AFP) — L'envoyée spéciale Mira Solvik a présenté vendredi son rapport sur la Corlande.
À la fin de février, a indiqué Solvik, au moins 410 personnes, dont 52 enfants et 37 femmes, avaient été tuées pendant la répression des cortèges.
`,
    });
  });

  it('GIVEN "410 personnes, dont 52 enfants et 37 femmes" THEN how many people died is 410, not the women', () => {
    const a = ask(index, 'According to Mira Solvik, how many people had been killed by the end of February, and how many of them were children?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/410 personnes/);
    expect(a.text).not.toMatch(/^37 femmes/);
  });
});
