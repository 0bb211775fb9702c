import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Nach Polizeiangaben zogen rund 400 Teilnehmer …": German writes the police inside a compound ("Polizeiangaben",
// "Polizeisprecherin"); the count is the police's, and answers "…, according to the police?".
// Report written for the tests (in German): invented town, square and group.
describe('the police named inside a German compound', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessel.txt': `Protest gegen Hinrichtungen -
Weniger Menschen als erhofft haben am Samstagnachmittag in Kessel gegen die Hinrichtung von Demonstranten protestiert. Nach Polizeiangaben zogen rund 400 Teilnehmer vom Marktplatz über die Hafenstraße zurück zum Rathaus.
Die Demonstration der Organisation Stimme Varn stand unter dem Motto "Solidarität mit den Gefangenen".
Sendung: Radio Kessel, 17.12.2030, 18 Uhr
`,
    });
  });

  it('GIVEN "Nach Polizeiangaben zogen rund 400 Teilnehmer" THEN the police count of the Kessel march is 400', () => {
    const a = ask(index, 'How many people marched in Kessel against the executions of protesters, according to police?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b400\b/);
  });
});
