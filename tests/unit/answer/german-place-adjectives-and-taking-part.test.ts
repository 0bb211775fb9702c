import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// German writes a place's adjective with "-er" ("das Brandenburger Tor") and "took part" as "nahmen … teil": an
// English question naming "the Brandenburg Gate" and asking how many took part meets such a report.
const REPORTS = {
  'tor-kundgebung.txt': `Exil-Valdorianer demonstrieren doch

Mehrere tausend Exil-Valdorianer wurden am Donnerstag von einem Verbot der Polizei überrascht, das ein Gericht am Mittag wieder aufhob.
Die Kundgebung fand dann mit Auflagen vor dem Brandenburger Tor statt. Rund 1700 Menschen nahmen daran teil.
Anlass war der 30. Jahrestag des Umsturzes in Valdor.
`,
  'paris-demo.txt': `Tausende Anhänger einer valdorischen Exilgruppe haben gestern im Zentrum von Paris demonstriert.
Nach Angaben der Exilgruppe nahmen Zehntausende Menschen teil, die Pariser Polizei sprach hingegen von 4.200 Teilnehmerinnen und Teilnehmern.
`,
};

describe('German place adjectives and "nahmen teil"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "vor dem Brandenburger Tor … Rund 1700 Menschen nahmen daran teil" WHEN how many took part at the Brandenburg Gate is asked THEN 1700 is given', () => {
    const { answer } = ask(index, 'how many took part in the demo at the brandenburg gate on the 30th anniversary?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1700/);
    expect(answer.citations[0]?.excerpt).toMatch(/nahmen daran teil/);
  });

  it('GIVEN "die Pariser Polizei sprach von 4.200 Teilnehmern" WHEN what the Paris police said the turnout was THEN 4.200 is given', () => {
    const { answer } = ask(index, 'What did the Paris police say the turnout was at the demonstration in Paris?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/4\.200/);
  });
});
