import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who spoke at …" read in reports in German: a person a sentence names without anyone speaking (the crowd backs
// his return, a prince known from another report) is no speaker; one a sentence shows saying something is.
const REPORTS = {
  'kessel-de.txt': `Hunderte demonstrieren in Kessel gegen die Regierung
Veröffentlicht am 14. März 2032 | Nordkurier

Am Samstag versammelten sich nach Polizeiangaben rund 800 Menschen auf dem Marktplatz in Kessel.
Die Kundgebung war durch ein Bündnis von Exilvarniern organisiert worden. Sie unterstützen unter anderem die Rückkehr von Tarek Osman, dem Sohn des letzten Königs, und sprechen sich gegen die Führung der Republik Varnia aus.
`,
  'brenn-de.txt': `Kundgebung in Brenn
Veröffentlicht am 2. April 2032 | Südbote

Rund 300 Menschen kamen am Sonntag vor dem Rathaus in Brenn zusammen. "Das Regime muss fallen", sagte Lena Vogt vom Varnischen Exilrat.
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

  it('GIVEN a German report naming a prince the crowd backs WHEN who spoke at the Kessel rally is asked THEN he is not given as a speaker', () => {
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
