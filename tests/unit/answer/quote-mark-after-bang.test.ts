import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * « Vardan, Vardan dégage ! », « … », ont-ils lancé: the "!" inside the quotation marks ends no sentence, so the
 * chant asked is read whole, not from the closing mark after it; and a name only inside the chants speaks none of them.
 */
describe('a chant that ends in "!" inside quotation marks', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'tessa-chants.txt': `Rassemblement à Tessa contre la répression en Vardanie

Courrier des Marais

Plusieurs centaines de Vardaniens se sont rassemblés samedi place de l'Horloge, à Tessa, pour protester contre la répression.

« Vardan, Vardan dégage, dégage de Korvik ! », « Le Conseil, ça suffit le silence », ont-ils notamment lancé en français et en vardanien, reprenant les slogans des manifestants de Korvik.

Les participants ont appelé le maire de Tessa, Paul Orvel, à recevoir une délégation.
« Libérez les prisonniers ! », « Monsieur Orvel, assez de silence », ont-ils aussi scandé.
`,
    });
  });

  it('GIVEN "what were the demonstrators shouting about Vardan?" THEN the chant naming him, whole', () => {
    const a = ask(index, "What were the place de l'Horloge demonstrators shouting about Vardan?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/dégage/);
  });

  it('GIVEN the mayor named only inside a chant THEN the chants are not his words', () => {
    const a = ask(index, 'What did Orvel say?').answer;
    expect(a.answered && /Libérez|assez de silence/.test(a.text)).toBe(false);
  });
});
