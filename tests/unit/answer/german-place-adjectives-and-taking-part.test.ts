import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// German writes a place's adjective with "-er" ("das Brandenburger Tor") and "took part" as "nahmen … teil": an
// English question naming "the Brandenburg Gate" and asking how many took part meets such a report.
const REPORTS = {
  'tor-kundgebung.txt': `Valdorische Exilgemeinde versammelt sich in Berlin

Am Samstagnachmittag versammelte sich die valdorische Exilgemeinde vor dem Brandenburger Tor, um an den Aufstand in Valdor vor zehn Jahren zu erinnern.
Etwa 2300 Menschen nahmen daran teil, darunter viele Familien mit Kindern.
Die Veranstalter hatten mit deutlich mehr Besuchern gerechnet.
`,
  'paris-demo.txt': `Valdorische Exilgruppe zieht durch Paris

Die Anhänger einer valdorischen Exilgruppe zogen am Sonntag vom Nordbahnhof zur Oper.
Die Exilgruppe selbst sprach von mehreren zehntausend Menschen, die teilnahmen; die Pariser Polizei zählte dagegen 3.600 Teilnehmerinnen und Teilnehmer.
`,
};

describe('German place adjectives and "nahmen teil"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "vor dem Brandenburger Tor … Etwa 2300 Menschen nahmen daran teil" WHEN how many took part at the Brandenburg Gate is asked THEN 2300 is given', () => {
    const { answer } = ask(index, 'how many took part in the gathering at the brandenburg gate for the uprising anniversary?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2300/);
    expect(answer.citations[0]?.excerpt).toMatch(/nahmen daran teil/);
  });

  it('GIVEN "die Pariser Polizei zählte dagegen 3.600 Teilnehmerinnen und Teilnehmer" WHEN what the Paris police said the turnout was THEN 3.600 is given', () => {
    const { answer } = ask(index, 'What did the Paris police say the turnout was at the demonstration in Paris?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/3\.600/);
  });
});
