import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/types.ts';
import { ingestFiles, parseArticleFile } from '../../../src/ingest/index.ts';

const enc = new TextEncoder();
const PROSE =
  'Hundreds of people gathered in the main square on Sunday afternoon to call for the release of imprisoned trade unionists, holding portraits of the detainees and chanting for several hours before marching to the ministry.';

function article(text: string, name = 'page.txt'): Article {
  const r = parseArticleFile({ name, bytes: enc.encode(text) });
  if (!r.ok) throw new Error(`test: ${name} skipped: ${r.reason}`);
  return r.article;
}

describe('bylines', () => {
  it.each([
    ['By Mina Sadeghi', 'Mina Sadeghi', undefined],
    ['Posted on March 3, 2021 by Reza Karimi', 'Reza Karimi', '2021-03-03'],
    ['March 3, 2021 | By Reza Karimi', 'Reza Karimi', '2021-03-03'],
    ['Written by Parisa Ahmadi on 5 April 2022 .', 'Parisa Ahmadi', '2022-04-05'],
  ])('GIVEN the byline "%s" under the headline THEN author %s and date %s', (line, author, iso) => {
    const a = article(`Teachers Rally in Mashhad Over Unpaid Wages\n\n${line}\n\n${PROSE}\n`);
    expect(a.author).toBe(author);
    if (iso) expect(a.date).toMatchObject({ iso, source: 'byline' });
    else expect(a.date.precision).toBe('unknown');
    expect(a.text).toBe(PROSE);
  });

  it('GIVEN a date alone under the headline THEN it is the publication date (unlike a date above the headline)', () => {
    const a = article(`Teachers Rally in Mashhad Over Unpaid Wages\n\nApril 5, 2022\n\n${PROSE}\n`);
    expect(a.date).toMatchObject({ iso: '2022-04-05', source: 'byline' });
    expect(a.ignoredDates).toBeUndefined();
  });
});

describe('datelines', () => {
  it('GIVEN "BERLIN, March 6 (AFP) -" THEN place, yearless date and agency are read', () => {
    const a = article(`BERLIN, March 6 (AFP) - ${PROSE}\n`);
    expect(a.dateline).toBe('BERLIN');
    expect(a.publisher).toBe('AFP');
    expect(a.date).toMatchObject({ iso: '--03-06', yearStated: false, source: 'dateline' });
  });

  it('GIVEN "Tehran, Iran, Dec 2, 2019 —" THEN the city is the dateline place', () => {
    const a = article(`Tehran, Iran, Dec 2, 2019 — ${PROSE}\n`);
    expect(a.dateline).toBe('Tehran');
    expect(a.date.iso).toBe('2019-12-02');
  });

  it('GIVEN "ROME (Reuters) —" THEN place and agency, no date', () => {
    const a = article(`ROME (Reuters) — ${PROSE}\n`);
    expect(a).toMatchObject({ dateline: 'ROME', publisher: 'Reuters' });
    expect(a.date.precision).toBe('unknown');
  });

  it('GIVEN an all-capitals lead-in the page names nowhere else THEN it is not guessed to be the publisher', () => {
    const a = article(`OSLO – ${PROSE}\n`);
    expect(a.publisher).toBeUndefined();
  });

  it('GIVEN an acronym lead-in the text defines in parentheses THEN it is the publisher', () => {
    const a = article(`WFIS – ${PROSE} The World Federation of Iranian Students (WFIS) organised it.\n`);
    expect(a.publisher).toBe('WFIS');
  });
});

describe('page layout', () => {
  it('GIVEN site and section names above the headline THEN they are not article text', () => {
    const a = article(`Exile Herald\n\nEurope\n\nTeachers Rally in Mashhad Over Unpaid Wages\n\n${PROSE}\n`);
    expect(a.title).toBe('Teachers Rally in Mashhad Over Unpaid Wages');
    expect(a.text).toBe(PROSE);
  });

  it('GIVEN a caption repeated further down the page THEN only the first copy stays', () => {
    const caption = 'Supporters of the detained unionists in the main square, holding portraits';
    const a = article(`Teachers Rally in Mashhad Over Unpaid Wages\n\n${caption}\n\n${PROSE}\n\n${caption}\n\nThe march ended peacefully.\n`);
    expect(a.text.split(caption).length - 1).toBe(1);
    expect(a.text).toContain('The march ended peacefully.');
  });

  it('GIVEN a hard-wrapped text file THEN each paragraph is one line again and list items stay separate', () => {
    const wrapped = [
      'Rally in Lyon Calls for Release of Jailed Teachers',
      '',
      'Several hundred people gathered in front of the city hall of Lyon on',
      'Sunday to demand the release of jailed teachers, the organisers said in',
      'a statement sent to the press after the rally had ended peacefully.',
      '',
      'Speakers at the rally included:',
      '- Claire Dumont, regional councillor for the Rhone department area',
      '- Behrouz Farahani, spokesman of the teachers solidarity committee',
      '',
    ].join('\n');
    const a = article(wrapped);
    expect(a.text).toContain('in front of the city hall of Lyon on Sunday to demand the release of jailed teachers, the organisers said in a statement');
    expect(a.text).toContain('- Claire Dumont, regional councillor for the Rhone department area\n\n- Behrouz Farahani');
  });

  it('GIVEN Markdown links, emphasis and quotes THEN the words stay and the syntax goes', () => {
    const a = article(`# Rally in Lyon Calls for Release of Jailed Teachers\n\nThe rally, called by the [teachers committee](https://example.org/c), drew **several hundred** people.\n\n> "We will be back every Sunday," said _Claire Dumont_.\n`, 'lyon.md');
    expect(a.title).toBe('Rally in Lyon Calls for Release of Jailed Teachers');
    expect(a.text).toBe('The rally, called by the teachers committee, drew several hundred people.\n\n"We will be back every Sunday," said Claire Dumont.');
  });
});

describe('cross-article boilerplate', () => {
  it('GIVEN the same tally line in every daily update THEN it is kept as a fact, while a shared footer goes', () => {
    const footer = 'Support our independent reporting on the struggle for freedom in Iran.';
    const day = (n: number) =>
      enc.encode(`Day ${n} of the Strike: Bazaar Stays Closed in Several Cities\n\n${PROSE.replace('Sunday', `day ${n}`)}\n\nNumber of cities on strike: 14\n\n${footer}\n`);
    const r = ingestFiles([1, 2, 3].map((n) => ({ name: `day-${n}.txt`, bytes: day(n) })));
    expect(r.articles).toHaveLength(3);
    for (const a of r.articles) {
      expect(a.text).toContain('Number of cities on strike: 14');
      expect(a.text).not.toContain(footer);
    }
  });
});

describe('HTML metadata from JSON-LD', () => {
  it('GIVEN a page with JSON-LD and a "Headline - Site" title but no og tags THEN headline, site, author and date are read', () => {
    const html = `<html><head><title>Students Stage Sit-In at Tehran University - Campus Watch</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Students Stage Sit-In at Tehran University","datePublished":"2022-10-04T09:00:00Z","author":{"@type":"Person","name":"Ali Rezaei"},"publisher":{"@type":"Organization","name":"Campus Watch"}}</script>
</head><body><div>Menu</div><h1>Students Stage Sit-In at Tehran University</h1><p>Hundreds of students staged a sit-in at the main campus of Tehran University on Monday, refusing to attend classes until detained classmates are released, according to student councils.</p><p>The sit-in followed a week of clashes between students and plainclothes agents at several universities in the capital and in Isfahan.</p></body></html>`;
    const a = article(html, 'sit-in.html');
    expect(a).toMatchObject({ title: 'Students Stage Sit-In at Tehran University', publisher: 'Campus Watch', author: 'Ali Rezaei' });
    expect(a.date).toMatchObject({ iso: '2022-10-04', source: 'article-date' });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).not.toContain('Menu');
  });
});

describe('more page furniture of the genre', () => {
  it('GIVEN a daily digest whose headline ends with its day and repeats under the staff line THEN that day is the date and the repeats are gone', () => {
    const a = article(
      `Iran News in Brief – January 5, 2020\n\nNCRI Staff\n\nIran News in Brief – January 5, 2020\n\nThe judiciary announced on Sunday that it had sentenced three protesters to long prison terms, according to reports from inside the country.\n\nNCRI Staff\n\nNCRI - Also on Sunday, retirees gathered outside parliament to protest unpaid pensions.\n`,
    );
    expect(a.title).toBe('Iran News in Brief – January 5, 2020');
    expect(a.date).toMatchObject({ iso: '2020-01-05', precision: 'day' });
    expect(a).toMatchObject({ publisher: 'NCRI', author: 'NCRI Staff' });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).not.toContain('Iran News in Brief');
  });

  it('GIVEN a headline about an old event with a date inside it THEN that date is not taken as the publication date', () => {
    const a = article(`Remembering the February 8, 1982 Raid on a Tehran Safehouse\n\n${PROSE}\n`);
    expect(a.date.precision).toBe('unknown');
  });

  it('GIVEN a blog page ("Home » … » Title", "Posted by admin | date", "Like this:", tags) THEN only the article remains', () => {
    const a = article(
      `Home » News » Iran Protests » Workers Strike at Haft Tappeh Sugar Complex\n\nWorkers Strike at Haft Tappeh Sugar Complex\n\nPosted by admin | Jan 10, 2021 | Iran Protests\n\n${PROSE}\n\nShare this:\n\nTwitter\nFacebook\n\nLike this:\n\nLike Loading...\n\nRelated\n\nTags: Haft Tappeh, strikes, workers\n`,
    );
    expect(a.title).toBe('Workers Strike at Haft Tappeh Sugar Complex');
    expect(a.author).toBeUndefined();
    expect(a.date).toMatchObject({ iso: '2021-01-10', source: 'byline' });
    expect(a.text).toBe(PROSE);
  });

  it('GIVEN "Last updated: 2 hours ago" above the headline and a bare video link THEN neither is title nor text', () => {
    const a = article(
      `Last updated: 2 hours ago\n\nOpposition Holds Online Conference With Lawmakers From 30 Countries\n\nJune 27, 2020\n\nParis, June 27 (NCRI) – Parliamentarians from 30 countries joined an online conference on Saturday organised by the National Council of Resistance of Iran (NCRI).\n\nhttps://www.youtube.com/watch?v=abc\n`,
    );
    expect(a.title).toBe('Opposition Holds Online Conference With Lawmakers From 30 Countries');
    expect(a.date).toMatchObject({ iso: '2020-06-27', source: 'byline' });
    expect(a).toMatchObject({ dateline: 'Paris', publisher: 'NCRI' });
    expect(a.text).not.toContain('youtube');
    expect(a.text).not.toContain('ago');
  });
});

describe('live-blog headings are not teaser blocks', () => {
  it('GIVEN a "LATEST:" heading over short timestamped entries THEN the entries stay', () => {
    const a = article(`Live: Strikes Spread to the Oil Refineries\n\nLATEST:\n\n18:05 — Workers at the Abadan refinery joined the strike.\n\n17:40 — Police closed the road to the refinery gate.\n\n${PROSE}\n`);
    expect(a.text).toContain('LATEST:');
    expect(a.text).toContain('18:05 — Workers at the Abadan refinery joined the strike.');
    expect(a.text).toContain('17:40 — Police closed the road to the refinery gate.');
  });
});
