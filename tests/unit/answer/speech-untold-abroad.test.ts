import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who spoke at …" read in reports in German: a person a sentence names without anyone speaking (the crowd hopes for
// his homecoming, a prince known from another report) is no speaker; one a sentence shows saying something is.
const REPORTS = {
  'kessel-de.txt': `Hunderte demonstrieren in Kessel gegen die Regierung
Veröffentlicht am 14. März 2032 | Nordkurier

Nach Angaben der Polizei standen am Samstag rund 800 Menschen auf dem Marktplatz in Kessel.
Viele Teilnehmer hoffen auf die Heimkehr von Tarek Osman, dem Enkel des früheren Königs; andere lehnen jede Monarchie ab.
`,
  'brenn-de.txt': `Kundgebung in Brenn
Veröffentlicht am 2. April 2032 | Südbote

Etwa 300 Menschen trafen sich am Sonntag vor dem Rathaus in Brenn. "Wir bleiben, bis die Gefangenen frei sind", sagte Lena Vogt vom Varnischen Exilrat.
`,
  'osman-interview.txt': `Exiled prince speaks out
Published: 1 March 2032 | Harbour Post

"Varnia will be free," Tarek Osman, the exiled crown prince, said in an interview on Monday.
`,
};

describe('who spoke, read in a report in another language', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a German report naming a prince the crowd hopes for WHEN who spoke at the Kessel rally is asked THEN he is not given as a speaker', () => {
    const { answer } = ask(index, 'Who spoke at the rally in Kessel?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Osman|Rückkehr/);
  });

  it('GIVEN a German report with "sagte Lena Vogt" WHEN who spoke at the Brenn rally is asked THEN Lena Vogt', () => {
    const { answer } = ask(index, 'Who spoke at the rally in Brenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lena Vogt/);
  });
});
