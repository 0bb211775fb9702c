import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/types.ts';
import { ingestFolder } from '../../../src/ingest/index.ts';

// The seed archive as the project ships it (data/articles), never a folder outside the repository.
const SEEDS = join(import.meta.dirname, '../../../data/articles');

let articles: Article[] = [];
function seed(prefix: string): Article {
  const a = articles.find((x) => x.files.some((f) => f.startsWith(prefix)));
  if (!a) throw new Error(`test: no article for seed ${prefix}`);
  return a;
}

beforeAll(async () => {
  const result = await ingestFolder(SEEDS);
  expect(result.skipped).toEqual([]);
  articles = result.articles;
});

describe('ingest of the seed archive', () => {
  it('GIVEN the five seed files THEN five articles come out, one per file, with distinct ids', () => {
    expect(articles).toHaveLength(readdirSync(SEEDS).filter((f) => !f.startsWith('.')).length);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('GIVEN any seed THEN every paragraph offset points at non-empty text and paragraphs are joined by blank lines', () => {
    for (const a of articles) {
      expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n')).toBe(a.text);
      for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end).trim().length).toBeGreaterThan(0);
      expect(a.text.startsWith(a.title)).toBe(false);
    }
  });

  it('GIVEN seed 000 (breadcrumbs glued to the headline, "Iran Focus", "London, 19 Dec –") THEN title, publisher, dateline and a yearless date', () => {
    const a = seed('000');
    expect(a.title).toBe('Demonstration in Paris Unites the Syrian Opposition With the Iranian Resistance');
    expect(a.publisher).toBe('Iran Focus');
    expect(a.dateline).toBe('London');
    expect(a.date).toMatchObject({ iso: '--12-19', month: 12, day: 19, precision: 'day', yearStated: false, source: 'dateline' });
    expect(a.date.year).toBeUndefined();
    expect(a.text.startsWith('London, 19 Dec – On Saturday, December 17 a rally was held')).toBe(true);
  });

  it('GIVEN seed 000 THEN the "Latest news" teasers, "Must read" and "You might also like" blocks are gone but the last body sentence stays', () => {
    const a = seed('000');
    for (const clutter of ['Latest news', 'Must read', 'You might also like', 'Recommended to you', 'Water Shortage Crisis', 'AFP: France urged Iran', 'News On Iran & Its Neighbours']) {
      expect(a.text).not.toContain(clutter);
    }
    expect(a.text.endsWith('This rally was covered by many international and Arab TV channels and media outlets.')).toBe(true);
  });

  it('GIVEN seed 001 ("728 x 90", a repeated caption, "Reporting by PMOI/MEK", "Paris, February 12, 2020—") THEN the dateline gives the date', () => {
    const a = seed('001');
    expect(a.title).toBe('Paris: MEK Supporters rally to mark 1979 revolution, condemn mullahs’ regime');
    expect(a.publisher).toBe('PMOI/MEK');
    expect(a.dateline).toBe('Paris');
    expect(a.date).toMatchObject({ iso: '2020-02-12', precision: 'day', yearStated: true, source: 'dateline' });
    expect(a.text).not.toContain('728 x 90');
    expect(a.text).not.toContain('Reporting by');
    expect(a.text.split('Freedom-loving Iranians and PMOI-MEK supporters rallying in Paris').length - 1).toBe(1);
    expect(a.text).toContain('Over 1,500 protesters were killed in the November 2019 uprising');
  });

  it('GIVEN seed 002 (no headline, no byline, dates only in a caption and a tweet) THEN a short title from its first sentence and the caption\'s day, both marked as inferred', () => {
    const a = seed('002');
    expect(a.date).toMatchObject({ precision: 'day', iso: '2019-12-02', source: 'caption' });
    expect(a.title).toBe('In a major rally held in Paris’ Trocadero Square…');
    expect(a.titleInferred).toBe(true);
    expect(a.text.startsWith('In a major rally held in Paris’ Trocadero Square')).toBe(true);
    expect(a.text).toContain('Supporters of the PMOI/MEK and the NCRI in Paris rally in support of the Iran Protests, Dec 2, 2019');
    expect(a.text).toContain('— Maryam Rajavi (@Maryam_Rajavi) December 2, 2019');
  });

  it('GIVEN seed 003 ("Written by … on 28 December 2019", an all-caps page notice) THEN author and date come from the byline and the notice is gone', () => {
    const a = seed('003');
    expect(a.title).toBe('Day 44 of Iran Protests: Hundreds of NCRI Supporters Rally in Paris in Solidarity With Iran Protests');
    expect(a.author).toBe('Hamideh Taati');
    expect(a.date).toMatchObject({ iso: '2019-12-28', precision: 'day', source: 'byline' });
    expect(a.text).not.toContain('THE CONTENT OF THIS PAGE WILL BE UPDATED');
    expect(a.text).not.toContain('Written by');
    for (const kept of ['Number of detainees: More than 12,000', 'DECEMBER 28, 2019:', 'HIGHLIGHTS OF THE UPRISING:', 'Former French Senator Jean-Pierre Michel was among speakers at the rally.']) {
      expect(a.text).toContain(kept);
    }
    expect(a.text.startsWith('Saturday, December 28 marks the 44th day')).toBe(true);
  });

  it('GIVEN seed 004 (a 2024 date alone above the breadcrumbs) THEN it is an ignored crawl date and the article date stays unknown', () => {
    const a = seed('004');
    expect(a.title).toBe('Iran Resistance Throws Support Behind Syrian People');
    expect(a.publisher).toBe('NCRI');
    expect(a.author).toBe('NCRI Staff');
    expect(a.date.precision).toBe('unknown');
    expect(a.date.year).toBeUndefined();
    expect(a.ignoredDates).toHaveLength(1);
    expect(a.ignoredDates![0]!.text).toBe('Wednesday, July 17, 2024');
    expect(a.ignoredDates![0]!.reason).toMatch(/crawled/);
    expect(a.text).not.toContain('2024');
    expect(a.text).not.toContain('HomeIran News Now');
    expect(a.text).toMatch(/^NCRI –\sThe President-elect of the Iranian Resistance/);
  });

  it('GIVEN a seed read twice THEN it gets the same id (ids depend on content only)', async () => {
    const again = await ingestFolder(SEEDS);
    expect(again.articles.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
  });
});
