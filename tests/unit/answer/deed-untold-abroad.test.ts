import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who launched the chaîne humaine …?" read in a report in French: the reader lets the names carry a foreign report,
// and a writer the report shows only in the crowd ("dans la foule se trouvaient …") did not launch anything. Who did
// a deed is read from a sentence marking a doer in the report's own words ("organisée par", "à l'initiative de", "von").
const REPORTS = {
  'brenn-chaine-fr.txt': `Une chaîne humaine pour la Varnie à Brenn
Publié le 9 mars 2033 | Gazette du Port

Samedi, quelque 500 personnes ont formé une chaîne humaine devant la mairie de Brenn en soutien au peuple varnien.
Dans la foule se trouvaient aussi l'écrivain Paul Dorsay et la chanteuse Ada Linz.
`,
  'tolmeer-marche-fr.txt': `Marche pour les prisonniers à Tolmeer
Publié le 2 avril 2033 | Courrier de l'Ouest

Une marche pour les prisonniers varniens, organisée par le Comité Liberté Varnie, a traversé Tolmeer dimanche.
`,
};

describe('who did a deed, read in a report in another language', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a writer shown in the crowd WHEN who launched the chaîne humaine is asked THEN he is not given', () => {
    const { answer } = ask(index, 'Who launched the chaîne humaine pour la Varnie?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Dorsay|Linz/);
  });

  it('GIVEN "organisée par le Comité Liberté Varnie" WHEN who organised the march in Tolmeer is asked THEN the committee', () => {
    const { answer } = ask(index, 'Who organised the march in Tolmeer?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Comité Liberté Varnie/);
  });
});
