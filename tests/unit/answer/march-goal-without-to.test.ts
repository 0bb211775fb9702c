import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where did the march go?" asks a march's goal though no "to" is written; a German report tells it with "vor das"
// after a march ("zog vom A vor das B"). The district the question's own starting square lies in ("auf dem A in
// Brenn-Nord") is no goal.
const REPORTS = {
  'brenn-kundgebung.txt': `Hunderte zeigen sich in Brenn solidarisch mit den Protesten in Valdor

Bei einer Kundgebung auf dem Lindenplatz in Brenn-Nord haben am Samstag mehrere hundert Menschen ihre Solidarität mit den Protesten in Valdor gezeigt.
Der Veranstalter, Karim Oster vom Valdorischen Exilrat, sprach von etwa 900 Teilnehmern.
Auf den Transparenten standen Slogans wie "Es lebe die Freiheit".
Der Protestzug zog vom Lindenplatz vor das Rathaus.
Nach Angaben der Polizei verlief alles friedlich.
`,
};

describe('the goal of a march asked without "to"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Der Protestzug zog vom Lindenplatz vor das Rathaus" WHEN where the Lindenplatz march went is asked THEN the town hall is given, not the district of the square', () => {
    const { answer } = ask(index, 'Where did the Lindenplatz protest march go in Brenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Rathaus/);
    expect(answer.citations[0]?.excerpt).toMatch(/zog vom Lindenplatz vor das Rathaus/);
  });

  it('GIVEN the same report WHEN where the rally was is asked THEN the square is still given', () => {
    const { answer } = ask(index, 'Where was the rally in Brenn held?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lindenplatz/);
  });
});
