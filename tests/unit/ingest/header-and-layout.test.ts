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
