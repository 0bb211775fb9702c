import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X call for?" read in reports in German and French: the call is told with the report's own verb ("forderte",
// "a réclamé"), so the sentence telling it answers, not another thing the same speaker was quoted saying.
const REPORTS = {
  'kessel-de.txt': `Kundgebung vor dem Landtag in Kessel
Veröffentlicht am 9. Mai 2033 | Nordkurier

Rund 400 Menschen versammelten sich am Samstag vor dem Landtag in Kessel.
"Die Machthaber in Varnia haben das Vertrauen ihres Volkes längst verspielt", sagte Tomas Reuber vom Varnischen Exilrat.
Reuber forderte von der Landesregierung ein Einreiseverbot für varnische Minister und die Schließung der Handelsvertretung.
Die Kundgebung endete am frühen Abend ohne Zwischenfälle.
`,
  'brenn-fr.txt': `Rassemblement à Brenn pour les détenus varniens
Publié le 3 juin 2033 | Le Courrier de Brenn

Quelque 250 personnes se sont rassemblées dimanche devant la préfecture de Brenn.
« Nous ne laisserons pas nos frères mourir en silence », a déclaré Anaïs Corvel, porte-parole du collectif.
Anaïs Corvel a réclamé la libération immédiate des journalistes détenus et une mission d'enquête internationale.
`,
};

describe('what someone called for, read in a report in another language', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a German report where "Reuber forderte" an entry ban WHEN what Reuber called for is asked THEN the sentence of his demand answers', () => {
    const { answer } = ask(index, 'What did Reuber call for at the rally in Kessel?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Einreiseverbot/);
  });

  it('GIVEN a French report where Corvel "a réclamé" the release of journalists WHEN what she called for is asked THEN the sentence of her demand answers', () => {
    const { answer } = ask(index, 'What did Anaïs Corvel call for in Brenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/libération immédiate/);
  });
});
