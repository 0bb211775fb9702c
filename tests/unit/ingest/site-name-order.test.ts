import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/types.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');
const BODY =
  'Brussels, 3 March 2023 — Several hundred members of the Iranian community demonstrated on Friday outside the European Council, demanding that the detained dual nationals be released before any new talks begin.';

function parse(name: string, bytes?: Uint8Array): Article {
  const r = parseArticleFile({ name, bytes: bytes ?? new Uint8Array(readFileSync(join(FIXTURES, name))) });
  if (!r.ok) throw new Error(`test: ${name} skipped: ${r.reason}`);
  return r.article;
}

function page(header: string): Article {
  return parse('page.txt', new TextEncoder().encode(`${header}\n\n${BODY}\n`));
}

describe('the site name and the headline in either order', () => {
  it('GIVEN a short site-name line above a sentence-case headline THEN the headline is the title and the site the publisher', () => {
    const a = page('Exile Rights Bulletin\n\nBrussels protest marks EU foreign ministers meeting');
    expect(a).toMatchObject({ title: 'Brussels protest marks EU foreign ministers meeting', publisher: 'Exile Rights Bulletin' });
    expect(a.text).toBe(BODY);
  });

  it('GIVEN a two-word site name without an outlet word above a headline with a colon THEN it is still the publisher', () => {
    const a = page('Campus Lantern\n\nBrussels: exiles demand release of detained dual nationals');
    expect(a).toMatchObject({ title: 'Brussels: exiles demand release of detained dual nationals', publisher: 'Campus Lantern' });
  });

  it('GIVEN the headline first and the short site name under it THEN the same title and publisher', () => {
    const a = page('Brussels protest marks EU foreign ministers meeting\n\nExile Rights Bulletin');
    expect(a).toMatchObject({ title: 'Brussels protest marks EU foreign ministers meeting', publisher: 'Exile Rights Bulletin' });
    expect(a.text).toBe(BODY);
  });

  it('GIVEN a menu, a crawl date, the site name, a sentence-case headline and "By Staff Writer" THEN title and publisher are read and no author is invented', () => {
    const a = parse('site-above-headline.txt');
    expect(a.title).toBe('Vienna rally urges the EU to act on prison executions');
    expect(a.publisher).toBe('Diaspora Rights Update');
    expect(a.author).toBeUndefined();
    expect(a.date).toMatchObject({ iso: '2024-04-06', source: 'dateline' });
    expect(a.ignoredDates?.map((d) => d.text)).toEqual(['Tuesday, April 9, 2024']);
    for (const furniture of ['Diaspora Rights Update', 'Staff Writer', 'Contact']) expect(a.text).not.toContain(furniture);
    expect(a.text.startsWith('Vienna, 6 April 2024 —')).toBe(true);
  });

  it('GIVEN a crawl date, the headline, the site name and "Written by <name> on <date>" THEN all four are read', () => {
    const a = parse('headline-above-site.txt');
    expect(a).toMatchObject({ title: 'Oslo vigil remembers the victims of the November crackdown', publisher: 'Nordic Iran Observer', author: 'Kaveh Rostami' });
    expect(a.date).toMatchObject({ iso: '2024-11-16', source: 'byline' });
    expect(a.text).not.toContain('Nordic Iran Observer');
  });

  it('GIVEN a short headline over a sentence-case deck THEN the short headline stays the title', () => {
    const a = page('Teachers Rally in Tabriz\n\nProtesters demand the wages withheld since the spring');
    expect(a.title).toBe('Teachers Rally in Tabriz');
    expect(a.publisher).toBeUndefined();
  });

  it('GIVEN a menu whose items the scraper glued together above the headline THEN it is neither the publisher nor the title, and the site name under the headline is', () => {
    const a = page('StartReportsExile LifeCulture DeskPodcasts\n\nBrussels protest marks EU foreign ministers meeting\n\nExile Rights Bulletin');
    expect(a).toMatchObject({ title: 'Brussels protest marks EU foreign ministers meeting', publisher: 'Exile Rights Bulletin' });
    expect(a.text).toBe(BODY);
  });

  it('GIVEN an outlet whose own name joins two words ("CampusWire") above the headline THEN it is still the publisher', () => {
    const a = page('CampusWire\n\nBrussels protest marks EU foreign ministers meeting');
    expect(a).toMatchObject({ title: 'Brussels protest marks EU foreign ministers meeting', publisher: 'CampusWire' });
  });

  it('GIVEN a section label above the headline THEN it is not taken for the publisher', () => {
    const a = page('Middle East\n\nBrussels protest marks EU foreign ministers meeting');
    expect(a.title).toBe('Brussels protest marks EU foreign ministers meeting');
    expect(a.publisher).toBeUndefined();
    expect(a.text).toBe(BODY);
  });
});

describe('desk and staff credit lines', () => {
  it('GIVEN "<Outlet> News Desk" under the headline THEN the whole line is the publisher', () => {
    const a = page('Brussels protest marks EU foreign ministers meeting\n\nCaspian News Desk');
    expect(a.publisher).toBe('Caspian News Desk');
    expect(a.text).toBe(BODY);
  });

  it('GIVEN "<Name>, <Outlet> News Desk" THEN the person is the author and the desk the publisher', () => {
    const a = page('Brussels protest marks EU foreign ministers meeting\n\nLeyla Samadi, Caspian News Desk');
    expect(a).toMatchObject({ author: 'Leyla Samadi', publisher: 'Caspian News Desk' });
  });

  it('GIVEN "<Outlet> Staff" under the headline THEN the staff word is cut from the publisher', () => {
    const a = page('Brussels protest marks EU foreign ministers meeting\n\nCaspian Monitor Staff');
    expect(a.publisher).toBe('Caspian Monitor');
  });

  it('GIVEN a page with no headline that opens with a stray mark and "By <Outlet> Staff" THEN the credit is no title: the outlet is the publisher and the title is the first sentence', () => {
    const a = page('QX./\n\nBy Caspian Monitor Staff');
    expect(a.publisher).toBe('Caspian Monitor');
    expect(a.title).not.toContain('Staff');
    expect(a.title.startsWith('Brussels, 3 March 2023')).toBe(true);
    expect(a.text).toBe(BODY);
  });

  it('GIVEN "By <Name>" alone above the body and no headline THEN the name is the author, not the title', () => {
    const a = page('By Leyla Samadi');
    expect(a.author).toBe('Leyla Samadi');
    expect(a.title).not.toContain('Samadi');
  });

  it('GIVEN "By" and an outlet\'s own name ("By Kastel Radio/Radio Vardania") THEN the outlet is the publisher and no person is the author', () => {
    const a = page('By Kastel Radio/Radio Vardania');
    expect(a.publisher).toBe('Kastel Radio/Radio Vardania');
    expect(a.author).toBeUndefined();
    expect(a.text).toBe(BODY);
  });

  it('GIVEN the stored page\'s date field and the site\'s address on the first line, the headline under it THEN the address is the publisher and the headline the title', () => {
    const a = page(' date 2031-04-02 KastelDaily.com\nSome 40 exiles detained after Brussels protest - police');
    expect(a).toMatchObject({ publisher: 'KastelDaily.com', title: 'Some 40 exiles detained after Brussels protest - police', storedOn: '2031-04-02' });
    expect(a.text).toBe(BODY);
  });

  it('GIVEN a day alone right above a "By <outlet>" credit on a page without a headline THEN the day is the report\'s date, not a crawl date', () => {
    const a = page('March 4, 2031\n\nBy Kastel Radio/Radio Vardania');
    expect(a.date.iso).toBe('2031-03-04');
    expect(a.ignoredDates ?? []).toEqual([]);
    expect(a.text).toBe(BODY);
  });

  it('GIVEN a photo caption signed with its credit above the headline THEN the headline is the title, and the caption is no part of the text', () => {
    const a = page('Riot police outside the Kastel embassy on March 3, 2031. © 2031 Ana Vell/Kastel Wire\n\nA long night in Brussels\n\nWhat the exiles asked of the ministers');
    expect(a.title).toBe('A long night in Brussels');
    expect(a.text).not.toContain('Ana Vell');
  });

  it('GIVEN a caption ending with an agency in square brackets above the headline THEN the headline is the title', () => {
    const a = page('Riot police outside the Kastel embassy before the march [Kastel Wire]\n\nA long night in Brussels\n\nWhat the exiles asked of the ministers');
    expect(a.title).toBe('A long night in Brussels');
  });

  it('GIVEN "March 3, 2031- Published by Kastel Wire" under the headline THEN the day is the date and the outlet the publisher', () => {
    const a = page('Some 40 exiles detained after Brussels protest\n\nMarch 3, 2031- Published by Kastel Wire');
    expect(a.date.iso).toBe('2031-03-03');
    expect(a.publisher).toBe('Kastel Wire');
    expect(a.author).toBeUndefined();
    expect(a.text).toBe(BODY);
  });

  it('GIVEN "5-January-2031" alone under the headline THEN it is the report\'s date', () => {
    const a = page('Rights report on Vardania: the executions of 2030\n\n5-January-2031');
    expect(a.date.iso).toBe('2031-01-05');
    expect(a.text).toBe(BODY);
  });

  it('GIVEN a caption with "photo <Name>/CC" and no headline after it THEN the caption stays in the text', () => {
    const a = page('Exiles march in Kastel, photo Ana Vell/CC');
    expect(a.text).toContain('Exiles march in Kastel');
  });

  it('GIVEN "<Name> 3 minutes ago Tue 14th March 2031 | 07:32 PM" under the headline THEN the name is the author and the day the report\'s date', () => {
    const a = page('Some 40 exiles detained after Brussels protest\n\nLeyla Samadi 3 minutes ago Tue 14th March 2031 | 07:32 PM');
    expect(a.author).toBe('Leyla Samadi');
    expect(a.date.iso).toBe('2031-03-14');
    expect(a.text).toBe(BODY);
  });

  it('GIVEN a line under the headline with a day and words other than a name THEN it is no byline', () => {
    const a = page('Some 40 exiles detained after Brussels protest\n\nProtest held 14 March 2031');
    expect(a.author).toBeUndefined();
  });

  it('GIVEN a short headline "By the river" THEN it stays the title and credits no one', () => {
    const a = page('By the river');
    expect(a.title).toBe('By the river');
    expect(a.author).toBeUndefined();
  });

  it('GIVEN a headline that opens with "By" THEN it stays the title', () => {
    const a = page('By the numbers: what the Brussels protest asked of the ministers');
    expect(a.title).toBe('By the numbers: what the Brussels protest asked of the ministers');
    expect(a.author).toBeUndefined();
  });

  it('GIVEN "By Staff Writer" and no site name THEN neither author nor publisher comes from it and the line is gone', () => {
    const a = page('Brussels protest marks EU foreign ministers meeting\n\nBy Staff Writer');
    expect(a.author).toBeUndefined();
    expect(a.publisher).toBeUndefined();
    expect(a.text).toBe(BODY);
  });
});
