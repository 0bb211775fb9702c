import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/types.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Stored pages open with a field of their own (" date 2031-03-14 " before the headline, on the same line). It is no
 * part of the title a citation shows; its day is kept as `storedOn`, not as the article's date.
 */
function parseText(name: string, text: string): Article {
  const r = parseArticleFile({ name, bytes: new TextEncoder().encode(text) });
  if (!r.ok) throw new Error(`test: ${name} skipped: ${r.reason}`);
  return r.article;
}

const HEADLINE = ` date 2031-03-16 Vardanian exiles rally in Kastel
Hundreds of Vardanian exiles rallied on Velmar Square in Kastel on Saturday to support the protests in their country.
Lena Ostrova, a member of the Kastel city council, addressed the crowd.
`;

const LEAD_ONLY = ` date 2031-08-03 Authorities in Vardania executed nine prisoners within two days, according to the Kastel Rights Watch, raising concern among rights groups.

The group said the prisoners were executed between Sunday and Tuesday in Orvel prison.
`;

const BUTTON = ` date 2031-01-09 CLOSE

Exiles blame the regime for the unrest in Vardania, a video by a wire agency

ORVEL, Vardania — A Vardanian lawmaker said Tuesday that some 2,400 people were arrested in the days of protests that shook the country over the past two weeks.
`;

const TURN_OF_YEAR = ` date 2031-01-09 Vardanian lawmaker says thousands arrested in unrest

ORVEL, Vardania — A Vardanian lawmaker said Tuesday that some 2,400 people were arrested in the days of protests that shook the country over the past two weeks.
The protests began in the town of Meren on December 28, 2030, over the price of bread.
`;

describe('a stored page whose first line opens with its "date" field', () => {
  it('GIVEN " date 2031-03-16 <headline>" THEN the title is the headline and the day is kept apart', () => {
    const a = parseText('kastel.txt', HEADLINE);
    expect(a.title).toBe('Vardanian exiles rally in Kastel');
    expect(a.storedOn).toBe('2031-03-16');
    // The stored day is not the day of the rally: the page says only "on Saturday".
    expect(a.date.iso).not.toBe('2031-03-16');
  });

  it('GIVEN a page with no headline, its lead after the field THEN the title made from the lead holds no field', () => {
    const a = parseText('orvel.txt', LEAD_ONLY);
    expect(a.title.startsWith('Authorities in Vardania executed nine prisoners')).toBe(true);
    expect(a.title).not.toContain('2031-08-03');
    expect(a.storedOn).toBe('2031-08-03');
  });

  it('GIVEN " date 2031-01-09 CLOSE" (a button’s label after the field) THEN the title is no button', () => {
    const a = parseText('close.txt', BUTTON);
    expect(a.title).not.toMatch(/CLOSE|2031-01-09/);
  });

  it('GIVEN an answer from such a page THEN its citation shows the headline, and the year of the stored page still places it', async () => {
    const index = await archiveOfTexts({ 'kastel.txt': HEADLINE, 'orvel.txt': LEAD_ONLY });
    const a = ask(index, 'who addressed the crowd at the Kastel rally in 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Lena Ostrova');
    expect(a.citations[0]?.title).toBe('Vardanian exiles rally in Kastel');
    expect(a.text).not.toContain('date 2031');
    // A page that never writes the year asked is still of the year its stored page is dated.
    const n = ask(index, 'how many prisoners were executed in Vardania in 2031?').answer;
    expect(n.answered).toBe(true);
    expect(n.text).toMatch(/\bnine\b/i);
    expect(n.citations[0]?.file).toBe('orvel.txt');
    // The field opening the lead is no part of the sentence the answer rests on.
    expect(n.citations[0]?.excerpt).toContain('Authorities in Vardania executed nine prisoners');
    expect(n.citations[0]?.excerpt).not.toContain('2031-08-03');
    expect(n.text).not.toContain('2031-08-03');
  });

  it('GIVEN a page stored in 2031 telling of days of 2030 THEN a count asked for 2031 is still found in it', async () => {
    const index = await archiveOfTexts({ 'turn.txt': TURN_OF_YEAR, 'kastel.txt': HEADLINE });
    const a = ask(index, 'Vardania unrest at the turn of 2031: how many people did the lawmaker say had been arrested?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2,400');
    expect(a.citations[0]?.title).toBe('Vardanian lawmaker says thousands arrested in unrest');
    // Nor does a question it cannot answer hear that the archive has nothing from the year its pages are stored in.
    const none = ask(index, 'how many journalists were expelled from Vardania in 2031?').answer;
    expect(none.answered).toBe(false);
    expect(none.text).not.toContain('nothing from 2031');
  });

  it('GIVEN a field that gives a month alone (" date 2031-10 <headline>") THEN the title holds no field and the month is kept', () => {
    const a = parseText('month.txt', HEADLINE.replace(' date 2031-03-16 ', ' date 2031-10 '));
    expect(a.title).toBe('Vardanian exiles rally in Kastel');
    expect(a.storedOn).toBe('2031-10');
    expect(a.date.precision).toBe('unknown');
    const lead = parseText('month-lead.txt', LEAD_ONLY.replace(' date 2031-08-03 ', ' date 2031-08 '));
    expect(lead.title.startsWith('Authorities in Vardania executed nine prisoners')).toBe(true);
    expect(lead.storedOn).toBe('2031-08');
  });

  it('GIVEN a page stored in a month THEN its year still places it, and a question on that same month is not declined as asked of a later one', async () => {
    const index = await archiveOfTexts({ 'orvel.txt': LEAD_ONLY.replace(' date 2031-08-03 ', ' date 2031-08 ') });
    const n = ask(index, 'how many prisoners were executed in Vardania in 2031?').answer;
    expect(n.answered).toBe(true);
    expect(n.text).toMatch(/\bnine\b/i);
    expect(n.citations[0]?.title.startsWith('Authorities in Vardania')).toBe(true);
    const m = ask(index, 'how many prisoners were executed in Vardania in August 2031?').answer;
    expect(m.answered).toBe(true);
    expect(m.text).toMatch(/\bnine\b/i);
  });
});
