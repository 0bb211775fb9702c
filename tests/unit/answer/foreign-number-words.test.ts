import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Counts written in words in reports in French, German or Italian ("un millier", "plusieurs milliers", "Tausende",
// "mehrere hundert", "cinquante mille") were no amounts at all: asked in English, the reader found no number.
const REPORTS = {
  'valbrune-fr.txt': `Soirée de soutien à Valbrune
Publié le 14 avril 2033 | L'Écho du Val

Un millier de personnes se sont réunies mardi soir devant la mairie de Valbrune en soutien aux détenus de Varnia.
Les orateurs ont réclamé la libération des prisonniers politiques.
`,
  'kessel-de.txt': `Demonstration in Kessel
Veröffentlicht am 9. Mai 2033 | Nordkurier

Am Samstag protestierten rund 900 Menschen vor dem Rathaus in Kessel gegen die Führung in Varnia.
Dabei wurden drei Menschen festgenommen.
`,
  'lorsch-de.txt': `Mahnwachen am Wochenende
Veröffentlicht am 16. Mai 2033 | Südbote

Am Abend versammelten sich in Lorsch einige Hundert Menschen, in Brenndorf waren es etwa 700, so die Polizei.
`,
  'ostrava-fr.txt': `Congrès des exilés varniens
Publié le 2 juillet 2033 | Le Courrier

Cinquante mille exilés venus de toute l'Europe étaient réunis dimanche au parc des expositions de Montclair, selon les organisateurs.
`,
};

describe('counts written in words in French and German reports', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "un millier de personnes" WHEN how many gathered at the town hall is asked THEN un millier', () => {
    const { answer } = ask(index, 'How many people gathered in front of the town hall in Valbrune?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/millier/i);
  });

  it('GIVEN "wurden drei Menschen festgenommen" WHEN how many were arrested in Kessel is asked THEN drei', () => {
    const { answer } = ask(index, 'How many people were arrested at the protest in Kessel?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/drei/i);
  });

  it('GIVEN "einige Hundert Menschen, in Brenndorf waren es etwa 700" WHEN how many gathered in Brenndorf THEN 700', () => {
    const { answer } = ask(index, 'How many people gathered in Brenndorf?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/700/);
    expect(answer.text.split('“')[0]).not.toMatch(/Hundert/);
  });

  it('GIVEN "Cinquante mille exilés … selon les organisateurs" WHEN how many exiles the organisers counted THEN cinquante mille', () => {
    const { answer } = ask(index, 'How many exiles were at the congress in Montclair according to the organisers?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Cinquante mille|50,000|50 000/i);
  });
});
