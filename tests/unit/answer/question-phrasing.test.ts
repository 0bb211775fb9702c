import { beforeAll, describe, expect, it } from 'vitest';
import { ask, buildArchive } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';

/*
 * The same facts asked in other words than the reports use, and a page's date field glued before its dateline
 * ("date 2031-05-20 Ostrov, May 14, 2031 – …"): the field is when the page was stamped, not when anything happened.
 */
const enc = new TextEncoder();
const REPORTS: Record<string, string> = {
  'ostrov-march.txt': ` date 2031-05-20 Ostrov, May 14, 2031 – Thousands of Vardanian exiles from twelve regions marched from the Old Bridge to the Parliament of Ostrov, calling for the release of political prisoners. Marchers said more than 150 prisoners had been sentenced since January.

Speakers included the writer Ilse Korven and the lawyer Tomas Velic, who told the marchers: “No court should hand down a sentence for a song.”
`,
  'tampere-vigil.txt': `Exiles hold a vigil in Tampere

Nordic Exile News

Tampere, March 3, 2031 – About 300 people held a candlelight vigil outside the Tampere library on Sunday.

Holding candles and singing old songs, exiles and their Finnish friends braved the snow to show the prisoners that "nobody has forgotten you," said Ana Lind.

Lind is the director of the Union of Free Vardanians (UFV), the group that organised the vigil.
`,
};

describe('questions asked in other words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = (await buildArchive(Object.entries(REPORTS).map(([name, text]) => ({ name, bytes: enc.encode(text) })))).index;
  });

  it('GIVEN "who was behind the vigil" THEN the organiser answers, not the person quoted', () => {
    const a = ask(index, 'who was behind the vigil for the prisoners in Tampere covered by Nordic Exile News in March 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Union of Free Vardanians|UFV/);
    expect(a.text).not.toMatch(/^Ana Lind/);
  });

  it('GIVEN a page date field before the dateline THEN the report is dated by its dateline', () => {
    const a = index.data.articles.find((x) => x.files[0] === 'ostrov-march.txt');
    expect(a?.date.iso).toBe('2031-05-14');
    expect(a?.dateline).toBe('Ostrov');
  });

  it('GIVEN "when did the exiles march" THEN neither the page field\'s day nor "since January" is given as its date', () => {
    const a = ask(index, 'what day did the Vardanian exiles march to the Parliament of Ostrov?').answer;
    expect(a.text).not.toMatch(/May 20|January/);
    for (const e of index.data.events) expect(e.date?.iso ?? '').not.toBe('2031-05-20');
  });
});
