import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A gathering asked by its motto in the report's own language ("the Licht für Varnia rally"): only a report writing
// that motto tells of it; a count from another rally in the same city, under another motto, is not its count.
const REPORTS = {
  'licht-de.txt': `Tausende bei Kundgebung in Kessel
Veröffentlicht am 12. Februar 2034 | Nordkurier

Unter dem Motto «Licht für Varnia» versammelten sich am Samstag nach Angaben der Polizei etwa 6.000 Menschen auf dem Domplatz in Kessel.
Aufgerufen hatte ein Bündnis von Exilgruppen.
`,
  'brot-de.txt': `Großdemonstration in Kessel
Veröffentlicht am 4. Oktober 2033 | Südbote

Zehntausende zogen am Sonntag durch die Innenstadt von Kessel und riefen "Brot, Arbeit, Würde".
Die Veranstalter sprachen von 45.000 Teilnehmern, die Polizei nannte keine Zahl.
`,
};

describe('a gathering asked by its motto', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the motto rally counted only by the police WHEN the organisers\' count of the "Licht für Varnia" rally is asked THEN the other rally\'s 45.000 is not given', () => {
    const { answer } = ask(index, 'How many people attended the Licht für Varnia rally in Kessel according to the organisers?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/45[.,]000/);
  });

  it('GIVEN the motto written in the report WHEN how many attended the "Licht für Varnia" rally is asked THEN the police count of 6.000 answers', () => {
    const { answer } = ask(index, 'How many people attended the Licht für Varnia rally in Kessel?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/6[.,]000/);
  });
});

describe('which words of a question are a motto', () => {
  it('GIVEN French or German words joined by "für"/"pour", or a phrase in quotation marks before "march" THEN a motto; a venue with "de la" or an English name THEN none', async () => {
    const { mottoAsked } = await import('../../../src/answer/motto-unwritten.ts');
    expect(mottoAsked('How many came to the Licht für Varnia rally?')).toBe('licht fur varnia');
    expect(mottoAsked('Who spoke at the Justice pour Lina march?')).toBe('justice pour lina');
    expect(mottoAsked('Where did the “Bread and Roses” march end?')).toBe('bread and roses');
    expect(mottoAsked('Who spoke at the rally at Place de la Nation?')).toBeUndefined();
    expect(mottoAsked('How many attended the Free Varnia rally?')).toBeUndefined();
    expect(mottoAsked("What did Varnia's 'reform' party say?")).toBeUndefined();
  });
});
