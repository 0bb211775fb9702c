import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French and German reports name who spoke after the quote, often by inversion: «…», s'insurge X; «…», ajoute Y;
// «…», a ajouté Z; „…“, betonte W. Each quote is its speaker's, and never the speaker's before it.
const REPORTS = {
  'paris-rassemblement.txt': `Rassemblement à Paris pour les prisonniers iraniens

Le Courrier du Nord

Paris, 12 mars 2031 – Quelque 2 000 personnes se sont rassemblées place de la République samedi pour soutenir les prisonniers politiques en Iran.
« Le régime doit libérer tous les prisonniers », s'insurge Claire Martin, députée de Paris.
« Nous ne lâcherons rien », ajoute Paul Girard, maire du quartier.
« Il faut que l'Europe rappelle ses ambassadeurs », a ajouté Hélène Roux, présidente de l'association.
Selon Amnesty International, plus de 800 personnes ont été exécutées en Iran en 2030.
`,
  'bruxelles-manifestation.txt': `Manifestation à Bruxelles

Le Soir du Nord

Bruxelles, 3 juin 2031 – Quelque 300 personnes ont manifesté devant le Parlement.
"Nous sommes la voix des victimes. Nous appelons le gouvernement à condamner ces exécutions", ajoute Marc Dubois.
`,
  'koeln-kundgebung.txt': `Kundgebung in Köln

Rheinische Abendpost

Köln, 4. Juni 2031 – Rund 500 Menschen versammelten sich vor dem Dom.
„Die Hinrichtungen müssen sofort aufhören“, sagte Anna Keller, Sprecherin der Initiative.
„Wir fordern Sanktionen gegen die Verantwortlichen“, betonte Jonas Weber.
`,
};

describe('quotes attributed after the quote, in French and German', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «…», s\'insurge Claire Martin, then «…», ajoute Paul Girard THEN each says only their own words', () => {
    const claire = ask(index, 'What did Claire Martin say?').answer.text;
    expect(claire).toMatch(/Claire Martin said: “Le régime doit libérer tous les prisonniers”/);
    expect(claire).not.toMatch(/lâcherons/);
    const paul = ask(index, 'What did Paul Girard say?').answer.text;
    expect(paul).toMatch(/Paul Girard said: “Nous ne lâcherons rien”/);
    expect(paul).not.toMatch(/prisonniers”|ambassadeurs/);
  });

  it('GIVEN «…», a ajouté Hélène Roux THEN the words are hers, not the previous speaker\'s', () => {
    expect(ask(index, 'What did Hélène Roux say?').answer.text).toMatch(/Hélène Roux said: “Il faut que l'Europe rappelle ses ambassadeurs”/);
    expect(ask(index, 'What did Paul Girard say?').answer.text).not.toMatch(/ambassadeurs/);
  });

  it('GIVEN a straight-quoted speech over two sentences closed by ", ajoute Marc Dubois" THEN the whole speech, and nothing after the closing mark', () => {
    const a = ask(index, 'what did marc dubois say about the executions?').answer.text;
    expect(a).toMatch(/Marc Dubois said: “Nous sommes la voix des victimes\. Nous appelons le gouvernement à condamner ces exécutions”$/);
  });

  it('GIVEN "…, ajoute Paul Girard, maire du quartier" THEN who he is is the French role given after his name', () => {
    expect(ask(index, 'who is Paul Girard?').answer.text).toMatch(/Paul Girard is maire du quartier\b/);
    expect(ask(index, 'who is Hélène Roux?').answer.text).toMatch(/Hélène Roux is présidente de l'association\b/);
  });

  it('GIVEN "Selon Amnesty International, plus de 800 personnes ont été exécutées" THEN the count is according to Amnesty', () => {
    expect(ask(index, 'how many people were executed in Iran in 2030?').answer.text).toMatch(/800 personnes, according to Amnesty International\b/i);
  });

  it('GIVEN „…“, sagte / betonte THEN the German speakers are credited', () => {
    expect(ask(index, 'what did Anna Keller say?').answer.text).toMatch(/Anna Keller said: “Die Hinrichtungen müssen sofort aufhören”/);
    expect(ask(index, 'What did Jonas Weber say?').answer.text).toMatch(/Jonas Weber said: “Wir fordern Sanktionen/);
  });
});
