import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/types.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';
import { findDates } from '../../../src/dates/index.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');

function parse(name: string): Article {
  const r = parseArticleFile({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });
  if (!r.ok) throw new Error(`test: ${name} skipped: ${r.reason}`);
  return r.article;
}

describe('a live report with timestamps', () => {
  const a = parse('live-report.txt');

  it('GIVEN breadcrumbs glued to a cut-off headline THEN the title is the headline line alone', () => {
    expect(a.title).toBe('Live: Protesters Fill the Streets of Tabriz for a Third Night');
    expect(a.text).not.toContain('Home›World');
  });

  it('GIVEN a site name, "By …" and "Updated <date>" under the headline THEN publisher, author and byline date are read', () => {
    expect(a.publisher).toBe('Free Voices Daily');
    expect(a.author).toBe('Leila Moradi');
    expect(a.date).toMatchObject({ iso: '2022-03-09', precision: 'day', source: 'byline' });
  });

  it('GIVEN ads, notices, share bars, read-more links and related teasers THEN they are removed', () => {
    for (const clutter of ['300x250', 'THIS PAGE IS UPDATED', 'Facebook Twitter', 'Share', 'Read more', 'Activists Count Arrests', 'Related articles', 'Three Students Released', 'Teachers Strike', 'All rights reserved']) {
      expect(a.text).not.toContain(clutter);
    }
  });

  it('GIVEN timestamped entries, tally lines, a dated caption and a tweet embed THEN they all stay verbatim', () => {
    for (const kept of [
      "09:15 — Crowds gathered again on Wednesday outside the governor's office in Tabriz",
      '16:30 — Shopkeepers in the bazaar closed their stalls',
      'TALLY SO FAR:',
      'Number of detainees: At least 300',
      "Protesters outside the governor's office in Tabriz, March 9, 2022",
      '— Tabriz Youth Network (@tabriz_youth) March 9, 2022',
    ]) {
      expect(a.text).toContain(kept);
    }
  });

  it('GIVEN the article date THEN "on Wednesday" in the text resolves to that very day', () => {
    const found = findDates(a.text, a.date).find((f) => a.text.slice(f.start, f.end) === 'Wednesday');
    expect(found?.date.iso).toBe('2022-03-09');
  });
});

describe('a press release with a participant list', () => {
  const a = parse('press-release.txt');

  it('GIVEN "PRESS RELEASE", a headline and the issuing body THEN title and publisher are read and the label is dropped', () => {
    expect(a.title).toBe('London Rally Calls for Accountability for the Summer Executions');
    expect(a.publisher).toBe('Committee for Justice in Iran');
    expect(a.text).not.toContain('PRESS RELEASE');
  });

  it('GIVEN "London, 14 Aug –" and no year anywhere THEN the date keeps day and month with the year not stated', () => {
    expect(a.dateline).toBe('London');
    expect(a.date).toMatchObject({ iso: '--08-14', precision: 'day', yearStated: false, source: 'dateline' });
    expect(a.date.year).toBeUndefined();
  });

  it('GIVEN a participant list and a language menu THEN the list lines stay and the menu goes', () => {
    expect(a.text).toContain('- Sir Alan Pemberton, former Member of Parliament for Kettering');
    expect(a.text).toContain('- Dr. Farid Nasseri, human rights lawyer');
    expect(a.text).not.toContain('Français');
    expect(a.text).not.toContain('Print this article');
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(7);
  });
});

describe('a page with a crawl date above the breadcrumbs', () => {
  const a = parse('crawl-date.txt');

  it('GIVEN "Monday, October 3, 2022" alone at the top THEN it is ignored as the crawl date and the date stays unknown', () => {
    expect(a.date.precision).toBe('unknown');
    expect(a.ignoredDates?.map((d) => d.text)).toEqual(['Monday, October 3, 2022']);
    expect(a.text).not.toContain('2022');
  });

  it('GIVEN "<Site> Staff" under the headline THEN the site is the publisher and the line the author', () => {
    expect(a.title).toBe('Shelling Hits Market Town in Idlib Province');
    expect(a.publisher).toBe('Levant Monitor');
    expect(a.author).toBe('Levant Monitor Staff');
  });

  it('GIVEN an ad slot and a "You might also like" block at the end THEN only the two body paragraphs remain', () => {
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).not.toContain('Aid Convoy');
    expect(a.text).not.toContain('728 x 90');
  });
});

describe('an HTML page with navigation, ads and scripts', () => {
  const a = parse('berlin-rally.html');

  it('GIVEN og and article metadata THEN title (without the site suffix), publisher, author, url and date are read', () => {
    expect(a.title).toBe('Thousands Rally in Berlin for Iranian Political Prisoners');
    expect(a.publisher).toBe('Exile Herald');
    expect(a.author).toBe('Sanaz Eftekhari');
    expect(a.url).toBe('https://exile-herald.example/2021/03/berlin-rally');
    expect(a.date).toMatchObject({ iso: '2021-03-06', precision: 'day', source: 'article-date' });
  });

  it('GIVEN nav, scripts, styles, ads, share bar, aside and footer THEN none of it reaches the text', () => {
    for (const clutter of ['tracking', 'dataLayer', '728', 'Log in', 'Share this article', 'Latest news', 'Court Upholds', 'All rights reserved', 'Deutsch']) {
      expect(a.text).not.toContain(clutter);
    }
  });

  it('GIVEN the article body THEN its paragraphs and the dated figure caption are kept', () => {
    expect(a.text.startsWith('Several thousand people marched from Alexanderplatz')).toBe(true);
    expect(a.text).toContain('Marchers at the Brandenburg Gate, March 6, 2021');
    expect(a.text).toContain('Police estimated the crowd at about 4,000, while the organisers put it at more than 7,000.');
  });
});

describe('a Markdown file with YAML front matter', () => {
  const a = parse('geneva-vigil.md');

  it('GIVEN title, url, source, date and author in front matter THEN they are the article metadata', () => {
    expect(a).toMatchObject({
      title: 'Vigil in Geneva Marks Anniversary of the Protests',
      url: 'https://example.org/geneva-vigil',
      publisher: 'Diaspora Bulletin',
      author: 'Omid Rahimi',
    });
    expect(a.date).toMatchObject({ iso: '2023-11-16', precision: 'day', source: 'front-matter' });
  });

  it('GIVEN a "# Title" heading repeating the front matter title THEN the text does not repeat it and keeps the body', () => {
    expect(a.text.startsWith('Around two hundred people held a candlelight vigil')).toBe(true);
    expect(a.text).not.toContain('---');
    expect(a.text).not.toContain('#');
    expect(a.text).toContain('Speakers');
  });

  it('GIVEN front matter overriding a .txt page THEN the front matter wins over what the page shows', () => {
    const page = '---\ntitle: The Real Headline Chosen by the Archivist\nsource: Archive Desk\ndate: "March 1, 2020"\n---\nA Scraped Headline That Is Wrong\n\nSite Name Here\n\nBrussels, 28 Feb – Hundreds of people gathered outside the European Parliament to call for sanctions on those responsible for the killings.\n';
    const r = parseArticleFile({ name: 'override.txt', bytes: new TextEncoder().encode(page) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title).toBe('The Real Headline Chosen by the Archivist');
    expect(r.article.publisher).toBe('Archive Desk');
    expect(r.article.date).toMatchObject({ iso: '2020-03-01', source: 'front-matter' });
    expect(r.article.dateline).toBe('Brussels');
  });
});
