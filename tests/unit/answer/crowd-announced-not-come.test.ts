import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "rund 400 Teilnehmer zogen … - angemeldet waren 2.000 Menschen gewesen": the crowd registered beforehand is not the
// one that marched; asked how many marched, the 400 answer, and asked how many had registered, the 2.000.
// Report written for the tests (in German, as a foreign report is): invented town, square and group.
describe('a crowd registered beforehand against the crowd that came', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessel.txt': `Protest gegen Hinrichtungen -
Weniger Menschen als angekündigt haben am Samstagnachmittag in Kessel gegen die Hinrichtung von Demonstranten protestiert. Es zogen rund 400 Teilnehmer vom Marktplatz über die Hafenstraße zurück zum Rathaus - angemeldet waren 2.000 Menschen gewesen.
Die Demonstration der Organisation Stimme Varn stand unter dem Motto "Solidarität mit den Gefangenen".
Sendung: Radio Kessel, 17.12.2030, 18 Uhr
`,
    });
  });

  it('GIVEN "rund 400 Teilnehmer … - angemeldet waren 2.000 Menschen" THEN how many marched in Kessel is 400', () => {
    const a = ask(index, 'how many people marched in Kessel against the executions?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b400\b/);
    expect(a.text).not.toMatch(/^2\.000/);
  });

  it('GIVEN the same sentence THEN how many had registered is 2.000', () => {
    const a = ask(index, 'how many people had registered for the Kessel march?').answer;
    expect(a.text).toMatch(/2\.000/);
  });
});
