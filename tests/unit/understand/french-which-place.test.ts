import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "X, c'est dans quelle province ?", "… en poste dans quelle ville ?": a French question asking a place with "quelle"
// after its words is a place question, as "in which province" is.
// Report written for the tests: invented towns, provinces and people.
describe('"dans quelle province / ville" asked in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'lorme.txt': `date 2031-08 Des frappes ont touché mardi le bourg de Brivel-sur-Lorme, dans la province de Haute-Varenne, faisant onze morts selon la ligue Varn Solidarité.
`,
    });
  });

  it('GIVEN "Brivel-sur-Lorme, dans la province de Haute-Varenne" THEN "Brivel-sur-Lorme, c\'est dans quelle province ?" names it', () => {
    const a = ask(index, "Brivel-sur-Lorme, c'est dans quelle province ?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Haute-Varenne/);
  });
});
