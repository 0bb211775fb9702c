import { beforeAll, describe, expect, it } from 'vitest';
import { clutterReason } from '../../../src/ingest/clean-lines.ts';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { parseArticleFile } from '../../../src/ingest/parse-article.ts';

/*
 * Classes found on the fifteenth probe (reports of diaspora rallies in several cities on one day, each with its own
 * organisers, speakers and counts), in invented words.
 */
const REPORTS: Record<string, string> = {
  'northdale-march.txt': `Northdale march draws 90,000 backing exiled prince

A march in Northdale on Saturday that drew an estimated 90,000 people called on the government to recognise the exiled crown prince Aurel Vantor as the leader of a transition in Vardania.

Co-organizer Lena Varga said the aim of the march was to make outsiders aware of the revolution.

“We are all here because we were lucky,” she said. “Many people at home are not.”

Organiser Tomas Rieck said buses came from six provinces and from around the world to take part.
`,
  'three-cities.txt': `Crowds march in Kastel, Brenn and Port Alden

Crowds marched in the streets of Kastel, Brenn and Port Alden on Saturday in support of the strikers in Vardania.

In Port Alden, home to the largest Vardanian community abroad, a long procession filled a closed street by the harbour.

In Kastel, nearly 30,000 people gathered to show solidarity with the strikers.

The Kastel march began at the Lantern Column and went on through the old town.

The Kastel march was organised by the Lantern Circle.
`,
  'harbourtown-march.txt': `Thousands march in Harbourtown

Thousands of people marched in Harbourtown on Saturday in support of the strikers in Vardania. Rallies were also held in Kastel and Brenn.

Mira Holt, one of the organizers, said this was the third such rally in Harbourtown, in solidarity with the strikers.
`,
  'lakeside-rally.txt': `1. Skip to content
2. Skip to main menu

Thousands rally in Lakeside for Vardania

Flags fluttered over the crowd in Lakeside on Saturday afternoon as thousands chanted the poet's name.

The rally north of Harbourtown was one of 90 across the globe this weekend organized in support of the strikers.

Harbour Regional Police have estimated that more than 20,000 people gathered in Lakeside in response to poet Ilse Marten's detention in August 2031 for reading a banned verse.

In Lakeside, police estimated 20,000 people joined the march, with protesters holding banners saying "Bread, Work, Freedom".

The organizers of the event initially expected 8,000 participants.

The police reported a "largely peaceful" march.
`,
  'bomb-plot.txt': `Couple charged over plot against exiles

A couple living in Brenn was charged on Friday with planning to bomb the exiles' rally at Port Alden in June.

In Brenn, police found 400 grams of explosive in the couple's car.
`,
  'westhaven-vigil.txt': `Exiles mark the poet's death in Westhaven

WESTHAVEN (AP) — Hundreds of people gathered in central Westhaven on Saturday to mark the anniversary of the death of the poet, who died in police custody in Vardania last year.
`,
};

describe('diaspora rallies in several cities', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Co-organizer Lena Varga said …" then "“…,” she said." THEN the words are hers, not the prince named before her', () => {
    const own = ask(index, 'What did Lena Varga say at the Northdale march?').answer;
    expect(own.answered).toBe(true);
    expect(own.text).toMatch(/because we were lucky/);
    const prince = ask(index, 'What did Aurel Vantor say at the Northdale march?').answer;
    expect(prince.text).not.toMatch(/because we were lucky|not\./);
  });

  it('GIVEN "Organiser Tomas Rieck said …" THEN the name is Tomas Rieck and the title his role', () => {
    const role = ask(index, 'Who is Tomas Rieck?').answer;
    expect(role.answered).toBe(true);
    expect(role.text).toMatch(/organi[sz]er/i);
    expect(index.data.speakers.map((s) => s.name)).toContain('Tomas Rieck');
  });

  it('GIVEN "gathered … in response to the poet\'s detention in August" THEN August is not when the rally was', () => {
    const a = ask(index, 'When was the rally in Lakeside?').answer;
    expect(a.text.split('“')[0]).not.toMatch(/August/);
  });

  it('GIVEN "the organizers initially expected 8,000 participants" THEN that is what they expected, not the town\'s crowd', () => {
    const a = ask(index, 'How many participants did the organizers of the Lakeside rally initially expect?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/8,000/);
  });

  it('GIVEN banners "saying …" in a sentence on the police THEN the police\'s words are theirs, not the banners\'', () => {
    const a = ask(index, 'How did the police describe the Lakeside march?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/largely peaceful/);
    expect(a.text).not.toMatch(/Bread, Work/);
  });

  it('GIVEN a page opening on numbered skip links THEN its headline is the title', () => {
    const report = index.data.articles.find((x) => x.text.includes('Lakeside'));
    expect(report?.title).toBe('Thousands rally in Lakeside for Vardania');
    expect(clutterReason('3. Skip to more Lakeside sites')).toBe('navigation');
    expect(clutterReason('Skip to the vigil, she said.')).toBeUndefined();
  });

  it('GIVEN "died in police custody" in a crowd\'s sentence THEN the crowd is not counted "according to police"', () => {
    const a = ask(index, 'How many people attended the Westhaven anniversary vigil according to police?').answer;
    expect(a.answered && /hundreds/i.test(a.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN a page whose menu, printed hour and "Advance Search" stand above the headline THEN the headline is the title', () => {
    const page = ['Video', 'Gallery', 'Monday, 24 October, 2031, 5:58 AM', 'Advance Search', 'Advance Search', 'latest', 'Home News', '', 'Thousands march in Harbourtown for the strikers', '', 'HARBOURTOWN, Oct 23: Thousands of people marched on Saturday in support of the strikers in Vardania.'].join('\n');
    const parsed = parseArticleFile({ name: 'menu.txt', bytes: new TextEncoder().encode(page) });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.article.title).toBe('Thousands march in Harbourtown for the strikers');
    expect(parsed.article.publisher ?? '').not.toMatch(/Search/);
  });

  it('GIVEN "gathered in Lakeside for Ilse Marten" THEN Lakeside is where, not part of a body\'s name', () => {
    const a = ask(index, 'How many people gathered in Lakeside for Ilse Marten according to Harbour Regional Police?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/20,000/);
  });

  it('GIVEN an organiser whose sentence puts "such rally in Harbourtown" THEN asked of the big Kastel march, the Kastel organiser answers', () => {
    const kastel = ask(index, 'who organised the big Kastel march?').answer;
    expect(kastel.answered).toBe(true);
    expect(kastel.text.split('“')[0]).toMatch(/Lantern Circle/);
    const brenn = ask(index, 'Who organized the rally in Brenn?').answer;
    expect(brenn.answered && /Mira Holt/.test(brenn.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN "port alden plot - how much explosive …" THEN the amount found in another town still answers (a plot is no gathering held there)', () => {
    const a = ask(index, 'port alden plot - how much explosive did the couple have?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/400 grams/);
  });

  it('GIVEN a count told "In Kastel, …" THEN it does not answer for the Port Alden march the same report names', () => {
    const other = ask(index, 'How many people attended the Port Alden march?').answer;
    expect(other.answered && /30,000/.test(other.text)).toBe(false);
    const own = ask(index, 'How many people attended the Kastel march?').answer;
    expect(own.answered).toBe(true);
    expect(own.text).toMatch(/30,000/);
  });
});

describe('counting gatherings, not the people at them', () => {
  // (The reports of one weekend only: the other towns' reports change how rare "rallies" is.)
  let fewer: ArchiveIndex;
  beforeAll(async () => {
    const { 'harbourtown-march.txt': _h, 'westhaven-vigil.txt': _w, ...rest } = REPORTS;
    fewer = await archiveOfTexts(rest);
  });

  it('GIVEN "one of 90 across the globe" beside "20,000 people gathered" THEN "how many rallies" is 90', () => {
    const a = ask(fewer, 'how many rallies around the world was the lakeside one part of?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/\b90\b/);
  });
});
