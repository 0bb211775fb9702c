import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report in German on a town's evacuation (nineteenth probe), asked in English: "evacuation" is "Evakuierung" and
// "the Red Cross" is "das Rote Kreuz".
const REPORTS = {
  'tarvo-evak.txt': ` date 2031-12 dpa Tarvo. Seit Beginn der Evakuierung haben nach Angaben des Internationalen Komitees vom Roten Kreuz rund 12 000 Menschen die letzten Rebellengebiete der Stadt Tarvo verlassen. Allein seit der Wiederaufnahme der Transporte am Abend seien rund 4000 Menschen in das Umland gebracht worden.`,
};

describe('an evacuation told in German, asked in English', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "nach Angaben des … Roten Kreuz rund 12 000 Menschen … verlassen" WHEN asked in English per the Red Cross THEN 12 000', () => {
    const { answer } = ask(index, 'How many people had left the rebel areas of Tarvo since the evacuation began, according to the Red Cross?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Rund 12 000 Menschen\b/);
  });
});
