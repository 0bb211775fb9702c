import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "In which cities …" asks for cities: a landmark inside one ("au Belvédère, à Kessel") is where in a city a crowd
// stood, not which city it was.
const REPORTS = {
  'kessel-belvedere-fr.txt': `Rassemblement contre le régime de Varnie
Publié le 2 juin 2032 | Gazette du Port

À l'appel du Collectif Liberté Varnie, une centaine de manifestants ont protesté hier au Belvédère, à Kessel, contre le régime de Varnie et ses prisons.
`,
  'kessel-rally.txt': `Rally in Kessel
Published: 20 May 2032 | Harbour Post

About 400 people rallied at the Belvedere in Kessel on Saturday against the government of Varnia.
`,
  'brenn-rally.txt': `Solidarity rallies across the region
Published: 21 May 2032 | Coastal Herald

Solidarity protests were also held in Brenn and Tolmeer on Sunday, organisers said.
`,
};

describe('a city asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a rally at a landmark in Kessel WHEN in which cities protesters protested is asked THEN the landmark is not given as a city', () => {
    const { answer } = ask(index, 'In which cities did protesters protest against the regime of Varnia?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Belv[ée]d[èe]re/);
  });

  it('GIVEN the same reports WHEN where the Collectif Liberté Varnie rallied is asked THEN the landmark answers', () => {
    const { answer } = ask(index, 'Where did the Collectif Liberté Varnie rally against the regime of Varnia?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Belv[ée]d[èe]re/);
  });
});
