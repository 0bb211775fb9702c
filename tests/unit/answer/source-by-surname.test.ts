import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count asked "selon Lina Moravec" when the report names her whole once and then credits the figure to "Moravec":
// her figure answers, not another report's count of the same group that credits no one.
// Reports written for the tests: invented people, bodies and numbers.
describe('a source asked by full name, credited by surname', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'provinces.txt': `Un document diffusé en ligne par l'association précise que, parmi les morts des manifestations de ces journées, 20 femmes et 31 autres avaient moins de 18 ans.
Selon ce document, 90 personnes sont mortes dans le Lormois et 40 à Tessane.
`,
      'moravec.txt': `date 2032-02 GENÈVE (AFP) — La répression en Corlande a été dénoncée dans un rapport de Lina Moravec, enquêtrice indépendante des Nations unies.
Fin janvier, a déclaré Moravec, au moins 300 personnes, dont 40 enfants et 25 femmes, étaient décédées pour avoir manifesté.
`,
    });
  });

  it('GIVEN "a déclaré Moravec, … 25 femmes" THEN "selon Lina Moravec" is answered 25', () => {
    const a = ask(index, 'combien de femmes parmi les morts des manifestations selon Lina Moravec ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^25 femmes/);
    expect(a.text).not.toMatch(/^20\b/);
  });
});
