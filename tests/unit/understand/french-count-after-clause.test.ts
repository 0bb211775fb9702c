import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Dans le rapport de l'ONG …, combien de …": a French count question opened by a clause naming the paper or the
// occasion is still a count question, answered with the count, not with a passage of the report.
// Report written for the tests: invented provinces and numbers.
describe('a French count question opened by "Dans …," or "Lors de …,"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'provinces.txt': `Un rapport mis en ligne par l'association indique que, parmi les victimes, 21 femmes et 17 autres avaient moins de 18 ans.
D'après ce document, 74 personnes sont mortes sous les balles en province de Haute-Varenne, 31 dans le Lormois, 19 à Tessane et 6 à Brivel.
`,
    });
  });

  it('GIVEN a province counted in a list THEN "Dans le rapport …, combien de personnes … dans la province de X ?" gives its count', () => {
    const a = ask(index, "Dans le rapport de l'association mis en ligne, combien de personnes sont mortes en province de Haute-Varenne ?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^74 personnes/);
  });
});
