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

function parseText(name: string, text: string): Article {
  const r = parseArticleFile({ name, bytes: new TextEncoder().encode(text) });
  if (!r.ok) throw new Error(`test: ${name} skipped: ${r.reason}`);
  return r.article;
}

describe('a page with a one-line menu bar, a view date, the headline and the site name', () => {
  const a = parse('nav-header-rally.txt');

  it('GIVEN a menu bar of short words separated by runs of spaces above the headline THEN the title is the headline', () => {
    expect(a.title).toBe('Rally in Washington Demands End to Political Executions');
    expect(a.text).not.toContain('Menu');
    expect(a.text).not.toContain('Human Rights   Contact');
  });

  it('GIVEN the site name under the headline THEN it is the publisher and not article text', () => {
    expect(a.publisher).toBe('Iran Freedom Herald');
    expect(a.text.startsWith('Washington, June 12')).toBe(true);
  });

  it('GIVEN a standalone date below the menu bar and above the headline THEN it is ignored as a view date, not the article date', () => {
    expect(a.ignoredDates?.map((d) => d.text)).toEqual(['Wednesday, August 21, 2024']);
    expect(a.ignoredDates?.[0]?.reason).toMatch(/viewed or crawled/);
    expect(a.date.year).toBeUndefined();
    expect(a.date.iso).not.toContain('2024');
  });

  it('GIVEN a yearless dateline "Washington, June 12" THEN the article date is June 12 from the dateline with no year invented', () => {
    expect(a.date).toMatchObject({ iso: '--06-12', precision: 'day', yearStated: false, source: 'dateline' });
    expect(a.dateline).toBe('Washington');
  });

  it('GIVEN the body says "on Friday, June 10" THEN the article date lists only the years in which June 10 was a Friday', () => {
    expect(a.date.candidateYears).toEqual([2011, 2016, 2022]);
  });

  it('GIVEN share, print, tag, photo credit, newsletter, follow, ad, comment, cookie and copyright lines THEN none is left in the text', () => {
    for (const clutter of ['Share this', 'WhatsApp', 'Print', 'Amir Sadeghi/Handout', 'Opens in new window', 'Tags:', 'Subscribe', 'Follow us', 'Advertisement', 'Leave a Reply', 'Required fields', 'cookie', '©']) {
      expect(a.text).not.toContain(clutter);
    }
  });

  it('GIVEN a descriptive caption under the article THEN it stays, unlike the photo credit', () => {
    expect(a.text).toContain('Protesters outside the Capitol held portraits of prisoners executed this year');
    expect(a.text).toContain('said Farhad Najafi');
  });
});

describe('a site name above a menu printed one item per line', () => {
  const a = parse('masthead-menu.txt');

  it('GIVEN a masthead, then "Menu" with one item per line, then the headline THEN the masthead is the publisher and the headline the title', () => {
    expect(a.title).toBe('Hamburg: Exiles March Against Death Sentences for Striking Workers');
    expect(a.publisher).toBe('Caspian Opposition Journal');
    expect(a.author).toBe('Tomas Reiner');
    expect(a.date.iso).toBe('2022-11-04');
  });

  it('GIVEN menu items, language names and a pipe-separated footer menu THEN they are not article text', () => {
    for (const clutter of ['Analysis', "Women's Rights", 'Deutsch', 'About Us', 'Image:']) expect(a.text).not.toContain(clutter);
    expect(a.text).toContain('"Striking is not a crime," said Mina Farahani');
  });
});

describe('a yearless dateline with a weekday-checked date in the body', () => {
  const a = parse('rome-vigil-yearless.txt');

  it('GIVEN a Title Case headline under the site name THEN the headline is the title and the site name the publisher', () => {
    expect(a.title).toBe('Vigil in Rome Remembers Prisoners of the 1988 Massacre');
    expect(a.publisher).toBe('Mediterranean Exile Review');
  });

  it('GIVEN "Rome, 3 Mar" and "On Tuesday, February 28" THEN the body date gets weekday candidate years and the article date the same years, still yearless', () => {
    const body = findDates(a.text, a.date).find((f) => a.text.slice(f.start, f.end).includes('February 28'));
    expect(body?.date).toMatchObject({ yearStated: false, candidateYears: [2012, 2017, 2023] });
    expect(a.date).toMatchObject({ iso: '--03-03', yearStated: false, source: 'dateline', candidateYears: [2012, 2017, 2023] });
    expect(a.date.year).toBeUndefined();
  });

  it('GIVEN a weekday date after the article date ("Saturday, March 18") THEN it does not narrow the article year', () => {
    // March 18 was a Saturday in 2017 and 2023 only; had it counted, 2012 would have been dropped.
    expect(a.date.candidateYears).toContain(2012);
  });
});

describe('weekday clues that disagree or are absent', () => {
  it('GIVEN a yearless dateline and body dates whose weekdays fit no common year THEN no candidate years are claimed', () => {
    const a = parseText('clash.txt', [
      'Oslo, 20 May – On Monday, May 18 exiles gathered outside the parliament in Oslo to protest the execution of a wrestler, organisers said.',
      'On Wednesday, May 12 a smaller group had met at the university to prepare banners and write letters to members of parliament.',
    ].join('\n\n'));
    expect(a.date).toMatchObject({ iso: '--05-20', yearStated: false });
    expect(a.date.candidateYears).toBeUndefined();
  });

  it('GIVEN a yearless dateline and no weekday in the body THEN the date stays day and month only', () => {
    const a = parseText('plain.txt', 'Oslo, 20 May – Exiles gathered outside the parliament in Oslo to protest the execution of a wrestler, organisers said on the day.');
    expect(a.date).toMatchObject({ iso: '--05-20', yearStated: false });
    expect(a.date.candidateYears).toBeUndefined();
  });

  it('GIVEN a paragraph opening with a full date and a dash but no place THEN that date is the article date', () => {
    const a = parseText('noplace.txt', 'Statement on Arrests in Zahedan\n\nApril 3, 2023 — Security forces detained at least forty people after Friday prayers in Zahedan, according to local rights activists who spoke to relatives.');
    expect(a.date).toMatchObject({ iso: '2023-04-03', source: 'dateline' });
  });
});

describe('lines that look like menus but are content', () => {
  it('GIVEN a pipe-separated tally and a long caption starting "Photo:" THEN both stay in the text', () => {
    const a = parseText('tally.txt', [
      'Crackdown Figures From the Third Week of Protests',
      'Activists in several provinces said on Sunday that the security forces had detained hundreds of students in night raids on dormitories.',
      'Killed: 310  |  Injured: 1,200  |  Arrested: 14,000',
      'Photo: Students at a university in Mashhad chanting against the supreme leader on the second day of the strike',
    ].join('\n\n'));
    expect(a.title).toBe('Crackdown Figures From the Third Week of Protests');
    expect(a.text).toContain('Killed: 310  |  Injured: 1,200  |  Arrested: 14,000');
    expect(a.text).toContain('Photo: Students at a university in Mashhad chanting');
  });
});

describe('a relief update whose key lines tell spans of time', () => {
  it('GIVEN a short line "… due to fighting since 1 February 2031:" THEN that start of a span is not taken as the page\'s date', () => {
    const a = parseText(
      'relief-update.txt',
      `This update reflects recent displacement in northern and southern Norland.\nKEY STATISTICS\nDisplacement in affected areas of Kesh governorate (as at 22 February) due to fighting since 1 February 2031:\no 41,200 people newly displaced since 1 February.\nIn northern Norland, there have been 30,100 newly displaced persons in Kesh Governorate since 1 February, and 11,100 in Ulm Governorate (figures as at 22 February).\n`,
    );
    expect(a.date.iso).not.toBe('2031-02-01');
  });
});

describe('a page opening on an edition bar and a breadcrumb above the headline', () => {
  const a = parseText(
    'edition-bar.txt',
    `Edition: English | Français | Deutsch | Vardanski
Homepage > World Video

Toll rises in the old town of Brenn


The Health Alliance has said at least 212 people have been killed and more than 900 injured in the old town of Brenn over the past two weeks.

During a briefing, the Alliance's spokeswoman Ana Pell said the numbers cover only the clinics still working.
`,
  );

  it('GIVEN "Edition: English | Français | …" and "Homepage > World Video" above the headline THEN the title is the headline', () => {
    expect(a.title).toBe('Toll rises in the old town of Brenn');
    expect(a.text).not.toContain('Edition:');
  });
});

describe('a site name broken over two lines at the top of a page', () => {
  const a = parseText(
    'broken-name.txt',
    `Tamsin Vale Center

for Human Rights in Vardania

https://www.example.org
>>>

As the protests triggered by the fuel price rise wind down, reports emerge about the scope of the state's response. The protests began on March 3, 2024, and at least 61 deaths have been confirmed so far.
`,
  );

  it('GIVEN "Tamsin Vale Center" over "for Human Rights in Vardania" THEN the name is read whole, never as "for Human Rights in Vardania"', () => {
    expect(a.title).toBe('Tamsin Vale Center for Human Rights in Vardania');
    expect(a.publisher ?? '').not.toMatch(/^for /);
  });
});

describe('icon names and a language switcher above the text', () => {
  const a = parseText('icons.txt', `- logo-icon\n- EN\n- hamburger-menu-icon\nLanguages\nSeveral thousand people marched through Kastel on Saturday against the executions in Vardania, the police said, and the organisers counted twice as many.\n`);

  it('GIVEN "- logo-icon", "- EN", "hamburger-menu-icon" and "Languages" lines THEN none of them is in the title or the text', () => {
    for (const furniture of ['logo-icon', 'hamburger', 'Languages', '- EN']) {
      expect(a.title).not.toContain(furniture);
      expect(a.text).not.toContain(furniture);
    }
    expect(a.text.startsWith('Several thousand people marched through Kastel')).toBe(true);
  });
});
