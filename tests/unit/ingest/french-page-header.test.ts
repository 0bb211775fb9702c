import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/types.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';

// French pages of the genre (probefr3): a site's "today" date written in the English order, a breadcrumb glued to the
// headline with other quotes than the headline's own, a "Dernières Infos" label above the headline, a "De Prénom NOM"
// byline. Invented pages.
const BODY =
  "Plusieurs centaines d'exilés se sont retrouvés dimanche à Vernoult, au sud de Lisac, pour réclamer la libération des prisonniers politiques, a constaté un journaliste.";

function page(header: string): Article {
  const r = parseArticleFile({ name: 'page.txt', bytes: new TextEncoder().encode(`${header}\n\n${BODY}\n`) });
  if (!r.ok) throw new Error(`test: skipped: ${r.reason}`);
  return r.article;
}

describe('a French page header', () => {
  it('GIVEN "mardi, octobre 3, 2034" above a breadcrumb glued to the headline with a straight apostrophe THEN the headline (curly apostrophe) is the title, and neither the date line nor the breadcrumb', () => {
    const a = page("mardi, octobre 3, 2034\nAccueilNouvellesNouvelles: ExilDes centaines d'exilés réunis près de Lisac\n\nDes centaines d’exilés réunis près de Lisac");
    expect(a.title).toBe('Des centaines d’exilés réunis près de Lisac');
    expect(a.text).toBe(BODY);
  });

  it('GIVEN a breadcrumb closing with «Assez»: and the headline with "Assez" »: THEN the headline is the title', () => {
    const a = page('AccueilNouvellesExil"Assez de pendaisons": les exilés réunis à Vernoult\n\n« Assez de pendaisons »: les exilés réunis à Vernoult');
    expect(a.title).toBe('« Assez de pendaisons »: les exilés réunis à Vernoult');
  });

  it('GIVEN "Dernières Infos" above the headline THEN it is not taken as the publisher', () => {
    const a = page('Rechercher\n\nDernières Infos\n\nDes centaines d’exilés réunis près de Lisac');
    expect(a.title).toBe('Des centaines d’exilés réunis près de Lisac');
    expect(a.publisher).toBeUndefined();
  });

  it('GIVEN "De Marc-Olivier TESSAND" under the headline THEN he is the author, not the publisher', () => {
    const a = page('Des centaines d’exilés réunis près de Lisac\n\nDe Marc-Olivier TESSAND');
    expect(a.author).toBe('Marc-Olivier TESSAND');
    expect(a.publisher).toBeUndefined();
  });
});
