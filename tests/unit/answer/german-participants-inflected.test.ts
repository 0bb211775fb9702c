import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// German inflects the noun for participants ("von etwa 900 Teilnehmern", "3.500 Teilnehmerinnen und Teilnehmern"):
// every form counts the crowd as "Teilnehmer" does, so the organiser's figure answers how many attended, before a
// number of coaches that only has "Teilnehmer" a few words after it.
const REPORTS = {
  'brenn-kundgebung.txt': `Hunderte zeigen sich in Brenn solidarisch mit den Protesten in Valdor

Bei einer Kundgebung auf dem Lindenplatz in Brenn haben am Samstag mehrere hundert Menschen ihre Solidarität mit den Protesten in Valdor gezeigt.
Der Veranstalter, Karim Oster vom Valdorischen Exilrat, sprach von etwa 900 Teilnehmern.
Zahlen der Polizei liegen bislang nicht vor.
In 17 Reisebussen seien auch Teilnehmer aus anderen Städten angereist, sagte Oster.
`,
};

describe('German forms of the word for participants', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "sprach von etwa 900 Teilnehmern" WHEN how many attended according to the organiser is asked THEN 900 is given', () => {
    const { answer } = ask(index, 'How many attended the Lindenplatz rally in Brenn according to the organiser?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/900/);
    expect(answer.citations[0]?.excerpt).toMatch(/sprach von etwa 900 Teilnehmern/);
  });

  it('GIVEN a number of coaches a few words before "Teilnehmer" WHEN how many attended is asked THEN the crowd, not the coaches, is given', () => {
    const { answer } = ask(index, 'How many attended the Lindenplatz rally in Brenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/900/);
    expect(answer.text).not.toMatch(/\b17\b/);
  });
});
