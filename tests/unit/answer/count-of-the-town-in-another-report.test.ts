import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two German reports of gatherings in one town: one counts a crowd on a square without naming the town in that
// sentence, the other counts the town's own crowd clause by clause ("in Velden waren es gegen 450"). Asked how many
// demonstrated in the town, the count whose own sentence names it leads.
const REPORTS = {
  'linden.txt': `Velorien-Demo: Tausende fordern auf dem Lindenplatz Sanktionen

Bislang zogen die Velorien-Demos in Velden eher wenige Menschen an. Doch diesmal kamen Tausende. Das Ergebnis: Gegen 3000 Menschen versammelten sich am Samstagnachmittag auf dem Lindenplatz.
Eine Abgeordnete sprach zur Menge.
`,
  'zwei.txt': `Kundgebungen in Tarnow und Velden

Am dritten Samstag in Folge gingen Menschen aus Solidarität mit Velorianerinnen und Velorianern auf die Strasse. In Tarnow demonstrierten einige Hundert Menschen, in Velden waren es gegen 450, wie Reporter berichteten.
`,
};

describe('a town\'s count told in its own clause, in another report than the best count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "in Velden waren es gegen 450" and a square\'s count that names no town WHEN how many demonstrated in Velden is asked THEN 450 leads', () => {
    const { answer } = ask(index, 'How many people demonstrated in Velden in solidarity with Velorians on the third Saturday running?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/\b450\b/);
  });

  it('GIVEN the square\'s count WHEN how many gathered on the Lindenplatz is asked THEN 3000 is given', () => {
    const { answer } = ask(index, 'How many people gathered on the Lindenplatz?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/3000/);
  });
});
