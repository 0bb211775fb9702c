import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Which city did X travel from to join the march?" asks where that person came from: the end of the march, told in a
 * sentence that never names X, is no answer (a report in French: "être venue de Dallin" is not read as a place).
 */
describe('a place asked of what a person did', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-march.txt': `« Vive la Vardanie libre » : des exilés défilent à Korvik

Courrier des Marais

Quelques milliers de personnes ont défilé dimanche à Korvik pour soutenir le peuple vardanien. La veille, une marche silencieuse avait réuni 700 personnes dans la ville, selon la police.

Dimanche, 2 000 personnes, selon la police, des partisans de l'ancienne monarchie, ont défilé de l'Arsenal au Jardin-des-Marées.

Les manifestants brandissaient de vieux drapeaux vardaniens et des portraits du prince en exil.

Dans le cortège, Lena Vortig a déclaré, elle, être venue de Dallin pour demander à la Ligue d'agir contre la junte, qui a menacé de
`,
    });
  });

  it('GIVEN "which city did Lena Vortig travel from" THEN not the end of the march', () => {
    for (const q of ['Which city did Lena Vortig travel from to join the Korvik march?', 'where did Lena Vortig come from?']) {
      const a = ask(index, q).answer;
      expect(a.answered && /Jardin-des-Marées|Arsenal/.test(a.text)).toBe(false);
    }
  });

  it('GIVEN where the march ended THEN it still answers', () => {
    const a = ask(index, 'where did the Korvik march end?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Jardin-des-Marées/);
  });
});
