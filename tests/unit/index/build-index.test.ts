import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/archive-index.ts';
import type { Speaker } from '../../../src/domain/types.ts';
import { brusselsArchive } from '../../fixtures/index/brussels-archive.ts';
import { at, dayDate, emptyExtraction, makeArticle, monthDate } from '../../fixtures/index/build-fixture.ts';

function speakerNamed(name: string, articleId: string, sentences: ReturnType<typeof makeArticle>['sentences'], aliases: string[] = []): Speaker {
  return {
    id: `${articleId}:${name.toLowerCase().replace(/\W+/g, '-')}`,
    name,
    aliases,
    roles: [],
    affiliations: [],
    events: [],
    mentions: [at(articleId, sentences, 0)],
  };
}

describe('buildIndex: merging speakers across articles', () => {
  const { articles, extractions } = brusselsArchive();
  const index = buildIndex(articles, extractions);

  it('GIVEN one mayor spelled with and without accents and hyphen in two reports THEN the index holds one speaker with both sources', () => {
    const mayors = index.data.speakers.filter((s) => /dufresne/i.test(s.name));
    expect(mayors).toHaveLength(1);
    const mayor = mayors[0] as Speaker;
    expect(mayor.name).toBe('Hélène Dufresne-Marchand');
    expect(mayor.id).toBe('helene-dufresne-marchand');
    expect(new Set(mayor.mentions.map((m) => m.articleId))).toEqual(new Set(['art-a', 'art-b']));
    expect(mayor.aliases).toContain('Mrs. Dufresne-Marchand');
  });

  it('GIVEN the same role in different case from two reports THEN it is listed once, other roles kept', () => {
    const mayor = index.speaker('helene-dufresne-marchand');
    const roles = mayor?.roles.map((r) => r.text.toLowerCase()) ?? [];
    expect(roles.filter((r) => r === 'mayor of ixelles')).toHaveLength(1);
    expect(roles).toContain('the mayor');
  });

  it('GIVEN two different people sharing the bare surname alias "Kovacs" THEN they stay two speakers', () => {
    const names = index.data.speakers.map((s) => s.name).filter((n) => n.includes('Kovacs'));
    expect(names.sort()).toEqual(['Anna Kovacs', 'Peter Kovacs']);
  });

  it('GIVEN a quote attributed in each report THEN both quotes point to the merged speaker and merged event', () => {
    const quotes = index.data.quotes.filter((q) => q.speakerId === 'helene-dufresne-marchand');
    expect(quotes).toHaveLength(2);
    const eventIds = new Set(quotes.map((q) => q.eventId));
    expect(eventIds.size).toBe(1);
    expect(index.event([...eventIds][0] as string)?.speakers).toEqual(['helene-dufresne-marchand']);
  });

  it('GIVEN a speaker known by one word and one full name ending with it THEN they merge', () => {
    const a = makeArticle('x1', { title: 'T1' }, [['Leila Rahimi, an activist, spoke in Oslo.']]);
    const b = makeArticle('x2', { title: 'T2' }, [['Rahimi said the vigil would continue.']]);
    const xa = emptyExtraction('x1', a.sentences);
    xa.speakers = [speakerNamed('Leila Rahimi', 'x1', a.sentences)];
    const xb = emptyExtraction('x2', b.sentences);
    xb.speakers = [speakerNamed('Rahimi', 'x2', b.sentences)];
    const merged = buildIndex([a.article, b.article], [xa, xb]).data.speakers;
    expect(merged.map((s) => s.name)).toEqual(['Leila Rahimi']);
    expect(merged[0]?.aliases).toContain('Rahimi');
  });

  it('GIVEN a one-word speaker and two full names ending with it THEN it joins neither', () => {
    const a = makeArticle('y1', { title: 'T1' }, [['Anna Kovacs and Peter Kovacs spoke.']]);
    const b = makeArticle('y2', { title: 'T2' }, [['Mrs. Kovacs said more.']]);
    const xa = emptyExtraction('y1', a.sentences);
    xa.speakers = [speakerNamed('Anna Kovacs', 'y1', a.sentences), speakerNamed('Peter Kovacs', 'y1', a.sentences)];
    const xb = emptyExtraction('y2', b.sentences);
    xb.speakers = [speakerNamed('Mrs. Kovacs', 'y2', b.sentences)];
    expect(buildIndex([a.article, b.article], [xa, xb]).data.speakers).toHaveLength(3);
  });
});

describe('buildIndex: merging events across articles', () => {
  const { articles, extractions } = brusselsArchive();
  const index = buildIndex(articles, extractions);

  it('GIVEN a rally and a demonstration in the same city on the same day THEN they are one event with every source', () => {
    const march14 = index.data.events.filter((e) => e.date?.iso === '2021-03-14');
    expect(march14).toHaveLength(1);
    const e = march14[0];
    expect(e?.venue).toBe('Place Schuman');
    expect(e?.organisers).toContain('exile associations');
    expect(e?.sources.map((s) => s.articleId).sort()).toEqual(['art-a', 'art-b']);
  });

  it('GIVEN two rallies at the same square two weeks apart THEN they stay two events', () => {
    const atSquare = index.data.events.filter((e) => e.venue === 'Place Schuman');
    expect(atSquare.map((e) => e.date?.iso).sort()).toEqual(['2021-03-14', '2021-03-28']);
  });

  it('GIVEN a month-only report and two rallies that month at the same place THEN it is not merged into either', () => {
    const d = makeArticle('m1', { title: 'Roundup' }, [['Rallies were held at Place Schuman in March 2021.']]);
    const x = emptyExtraction('m1', d.sentences);
    x.events = [
      { id: 'm1:e1', kind: 'rally', label: 'Rally at Place Schuman', date: monthDate('2021-03'), venue: 'Place Schuman', city: 'Brussels', organisers: [], speakers: [], sources: [at('m1', d.sentences, 0)] },
    ];
    const withRoundup = buildIndex([...articles, d.article], [...extractions, x]);
    expect(withRoundup.data.events).toHaveLength(3);
  });

  it('GIVEN a month-only report and exactly one rally that month at that place THEN they merge and keep the day', () => {
    const d = makeArticle('m2', { title: 'Roundup' }, [['A rally was held in Brussels in March 2021.']]);
    const x = emptyExtraction('m2', d.sentences);
    x.events = [
      { id: 'm2:e1', kind: 'rally', label: 'Rally in Brussels', date: monthDate('2021-03'), city: 'Brussels', organisers: [], speakers: [], sources: [at('m2', d.sentences, 0)] },
    ];
    const only = buildIndex([articles[0]!, d.article], [extractions[0]!, x]);
    expect(only.data.events).toHaveLength(1);
    expect(only.data.events[0]?.date?.iso).toBe('2021-03-14');
  });

  it('GIVEN same-day events in two different cities THEN they stay apart', () => {
    const d = makeArticle('m3', { title: 'Elsewhere' }, [['A rally was held in Geneva on March 14, 2021.']]);
    const x = emptyExtraction('m3', d.sentences);
    x.events = [
      { id: 'm3:e1', kind: 'rally', label: 'Rally in Geneva', date: extractions[0]!.events[0]!.date!, city: 'Geneva', organisers: [], speakers: [], sources: [at('m3', d.sentences, 0)] },
    ];
    expect(buildIndex([articles[0]!, d.article], [extractions[0]!, x]).data.events).toHaveLength(2);
  });
});

describe('buildIndex: conflicting figures', () => {
  const { articles, extractions } = brusselsArchive();
  const index = buildIndex(articles, extractions);

  it('GIVEN "over 1,500 killed" and "at least 600 killed" about the same crackdown from two sources THEN one conflict lists both', () => {
    const killed = index.data.conflicts.filter((c) => c.measure === 'killed');
    expect(killed).toHaveLength(1);
    expect(killed[0]?.figureIds.sort()).toEqual(['art-a:f1', 'art-b:f1']);
  });

  it('GIVEN two sources agreeing on 3,000 arrested THEN there is no conflict about arrests', () => {
    expect(index.data.conflicts.filter((c) => c.measure === 'arrested')).toEqual([]);
  });

  it('GIVEN different numbers for different crackdowns THEN they are not a conflict', () => {
    const d = makeArticle('z1', { title: 'Other' }, [['At least 40 people were killed in the bombing of a market in Idlib.']]);
    const x = emptyExtraction('z1', d.sentences);
    x.figures = [{ id: 'z1:f1', text: 'at least 40', value: 40, lower: 40, qualifier: 'at-least', measure: 'killed', counted: 'people', scope: 'the bombing of a market in Idlib', source: at('z1', d.sentences, 0) }];
    const more = buildIndex([...articles, d.article], [...extractions, x]);
    expect(more.data.conflicts.flatMap((c) => c.figureIds)).not.toContain('z1:f1');
  });
});

describe('buildIndex: lookups and citations', () => {
  const { articles, extractions } = brusselsArchive();
  const index = buildIndex(articles, extractions, [{ file: 'broken.bin', reason: 'binary file' }]);

  it('GIVEN a figure THEN its citation quotes the whole sentence verbatim with title, publisher, date and first file', () => {
    const f = index.figure('art-a:f1');
    expect(f).toBeDefined();
    const narrow = { ...f!.source, start: f!.source.start + 30, end: f!.source.start + 45 };
    const c = index.citation(narrow);
    expect(c.excerpt).toBe('According to the opposition coalition, over 1,500 protesters were killed in the March 2021 crackdown in Tabriz.');
    expect(c).toMatchObject({ file: 'a1.txt', title: 'Exiles Rally at Place Schuman Against Executions', source: 'Exile Voice', date: '2021-03-15' });
  });

  it('GIVEN an article without a known date THEN the citation has no date', () => {
    const d = makeArticle('nd', { title: 'Undated' }, [['Undated text.']]);
    const i = buildIndex([d.article], [emptyExtraction('nd', d.sentences)]);
    expect(i.citation(at('nd', d.sentences, 0)).date).toBeUndefined();
  });

  it('GIVEN skipped files THEN the index keeps them with their reasons', () => {
    expect(index.data.skipped).toEqual([{ file: 'broken.bin', reason: 'binary file' }]);
    expect(index.sentencesOf('art-c')).toHaveLength(2);
    expect(index.article('art-b')?.publisher).toBe('Daily Dispatch');
  });
});

describe('buildIndex: a day without a stated year', () => {
  it('GIVEN a yearless "Saturday, May 6" rally and a dated report of the same rally in a year the weekday allows THEN they merge and keep the year', () => {
    const a = makeArticle('yl1', { title: 'Undated rally' }, [['On Saturday, May 6 exiles rallied in Lisbon.']]);
    const b = makeArticle('yl2', { title: 'Dated rally' }, [['Exiles rallied in Lisbon on May 6, 2017.']]);
    const yearless = { month: 5, day: 6, precision: 'day' as const, yearStated: false, candidateYears: [2017, 2023], weekday: 'Saturday', iso: '--05-06', source: 'text' as const, text: 'Saturday, May 6' };
    const xa = emptyExtraction('yl1', a.sentences);
    xa.events = [{ id: 'yl1:e1', kind: 'rally', label: 'Rally in Lisbon', date: yearless, city: 'Lisbon', organisers: [], speakers: [], sources: [at('yl1', a.sentences, 0)] }];
    const xb = emptyExtraction('yl2', b.sentences);
    xb.events = [{ id: 'yl2:e1', kind: 'rally', label: 'Rally in Lisbon', date: { ...yearless, year: 2017, yearStated: true, iso: '2017-05-06' }, city: 'Lisbon', organisers: [], speakers: [], sources: [at('yl2', b.sentences, 0)] }];
    const merged = buildIndex([a.article, b.article], [xa, xb]).data.events;
    expect(merged).toHaveLength(1);
    expect(merged[0]?.date?.iso).toBe('2017-05-06');

    xb.events[0]!.date = { ...yearless, year: 2018, yearStated: true, iso: '2018-05-06' };
    expect(buildIndex([a.article, b.article], [xa, xb]).data.events).toHaveLength(2);
  });
});

describe('buildIndex: nationwide uprisings', () => {
  it('GIVEN an uprising dated to a day in one report and to the month (no country) in another THEN one event; another month stays apart', () => {
    const a = makeArticle('u1', { title: 'Uprising' }, [['The uprising in Belarus began on August 9, 2020.']]);
    const b = makeArticle('u2', { title: 'Anniversary' }, [['The August 2020 uprising was crushed.', 'A new uprising broke out in March 2021.']]);
    const xa = emptyExtraction('u1', a.sentences);
    xa.events = [{ id: 'u1:e1', kind: 'uprising', label: 'Uprising in Belarus', date: dayDate('2020-08-09'), country: 'Belarus', organisers: [], speakers: [], sources: [at('u1', a.sentences, 0)] }];
    const xb = emptyExtraction('u2', b.sentences);
    xb.events = [
      { id: 'u2:e1', kind: 'uprising', label: 'August 2020 uprising', date: monthDate('2020-08'), organisers: [], speakers: [], sources: [at('u2', b.sentences, 0)] },
      { id: 'u2:e2', kind: 'uprising', label: 'March 2021 uprising', date: monthDate('2021-03'), organisers: [], speakers: [], sources: [at('u2', b.sentences, 1)] },
    ];
    xb.figures = [{ id: 'u2:f1', text: 'hundreds', qualifier: 'vague', measure: 'arrested', counted: 'people', eventId: 'u2:e1', source: at('u2', b.sentences, 0) }];
    const index = buildIndex([a.article, b.article], [xa, xb]);
    expect(index.data.events.map((e) => e.label)).toEqual(['Uprising in Belarus', 'March 2021 uprising']);
    expect(index.figure('u2:f1')?.eventId).toBe('u1:e1');
  });
});

describe('buildIndex: venue spellings', () => {
  it('GIVEN "Place du Trocadéro" and "Trocadero Square" on the same day in Paris THEN one event; "Place de la Nation" the same day stays apart', () => {
    const a = makeArticle('v1', { title: 'A' }, [['Exiles rallied at Place du Trocadéro on June 3, 2023.']]);
    const b = makeArticle('v2', { title: 'B' }, [['A crowd gathered in Trocadero Square on June 3, 2023.', 'Another group marched at Place de la Nation.']]);
    const event = (id: string, venue: string, p: ReturnType<typeof at>) => ({ id, kind: 'rally' as const, label: `Rally at ${venue}`, date: dayDate('2023-06-03'), venue, city: 'Paris', organisers: [], speakers: [], sources: [p] });
    const xa = emptyExtraction('v1', a.sentences);
    xa.events = [event('v1:e1', 'Place du Trocadéro', at('v1', a.sentences, 0))];
    const xb = emptyExtraction('v2', b.sentences);
    xb.events = [event('v2:e1', 'Trocadero Square', at('v2', b.sentences, 0)), event('v2:e2', 'Place de la Nation', at('v2', b.sentences, 1))];
    const events = buildIndex([a.article, b.article], [xa, xb]).data.events;
    expect(events.map((e) => e.venue)).toEqual(['Place du Trocadéro', 'Place de la Nation']);
  });
});

describe('buildIndex: conflicts count the same thing', () => {
  it('GIVEN "12 journalists killed" and "1,500 protesters killed" in the same crackdown THEN they are not a conflict, but "600 people" is', () => {
    const a = makeArticle('k1', { title: 'Toll' }, [['Over 1,500 protesters were killed in the crackdown in Minsk.', '12 journalists were killed in the crackdown in Minsk.']]);
    const b = makeArticle('k2', { title: 'Other toll' }, [['At least 600 dead were counted after the crackdown in Minsk.']]);
    const xa = emptyExtraction('k1', a.sentences);
    xa.figures = [
      { id: 'k1:f1', text: 'Over 1,500', value: 1500, lower: 1500, qualifier: 'more-than', measure: 'killed', counted: 'protesters', scope: 'the crackdown in Minsk', source: at('k1', a.sentences, 0) },
      { id: 'k1:f2', text: '12', value: 12, qualifier: 'exact', measure: 'killed', counted: 'journalists', scope: 'the crackdown in Minsk', source: at('k1', a.sentences, 1) },
    ];
    const xb = emptyExtraction('k2', b.sentences);
    xb.figures = [{ id: 'k2:f1', text: 'At least 600', value: 600, lower: 600, qualifier: 'at-least', measure: 'killed', counted: 'dead', scope: 'the crackdown in Minsk', source: at('k2', b.sentences, 0) }];
    const conflicts = buildIndex([a.article, b.article], [xa, xb]).data.conflicts;
    expect(conflicts.map((c) => c.figureIds.sort())).toEqual([['k1:f1', 'k2:f1']]);
  });
});

describe('buildIndex: middle initials', () => {
  it('GIVEN "Linda K. Okafor" in one report and "Linda Okafor" in another THEN one speaker; "Linda Okonkwo" stays apart', () => {
    const a = makeArticle('mi1', { title: 'A' }, [['Linda K. Okafor addressed the conference.']]);
    const b = makeArticle('mi2', { title: 'B' }, [['Linda Okafor and Linda Okonkwo spoke.']]);
    const xa = emptyExtraction('mi1', a.sentences);
    xa.speakers = [speakerNamed('Linda K. Okafor', 'mi1', a.sentences)];
    const xb = emptyExtraction('mi2', b.sentences);
    xb.speakers = [speakerNamed('Linda Okafor', 'mi2', b.sentences), speakerNamed('Linda Okonkwo', 'mi2', b.sentences)];
    const names = buildIndex([a.article, b.article], [xa, xb]).data.speakers.map((s) => s.name);
    expect(names).toEqual(['Linda K. Okafor', 'Linda Okonkwo']);
    const c = makeArticle('mi3', { title: 'C' }, [['John A. Mensah and John M. Mensah both spoke.']]);
    const xc = emptyExtraction('mi3', c.sentences);
    xc.speakers = [speakerNamed('John A. Mensah', 'mi3', c.sentences)];
    const withC = buildIndex([a.article, c.article], [xa, xc]).data.speakers.map((s) => s.name);
    expect(withC).toEqual(['Linda K. Okafor', 'John A. Mensah']);
    xb.speakers = [speakerNamed('John Mensah', 'mi2', b.sentences)];
    expect(buildIndex([b.article, c.article], [xb, xc]).data.speakers.map((s) => s.name)).toEqual(['John A. Mensah']);
  });
});

describe('buildIndex: descriptions are not names', () => {
  it('GIVEN two different presidents both aliased "the President" THEN they stay two speakers; "President Ana Ruiz" joins "Ana Ruiz"', () => {
    const a = makeArticle('p1', { title: 'A' }, [['President Ana Ruiz spoke; the President was firm.']]);
    const b = makeArticle('p2', { title: 'B' }, [['Tomas Berg, the President of the council, spoke.', 'Ana Ruiz listened.']]);
    const xa = emptyExtraction('p1', a.sentences);
    xa.speakers = [speakerNamed('President Ana Ruiz', 'p1', a.sentences, ['the President'])];
    const xb = emptyExtraction('p2', b.sentences);
    xb.speakers = [speakerNamed('Tomas Berg', 'p2', b.sentences, ['the President', 'the Council President']), speakerNamed('Ana Ruiz', 'p2', b.sentences)];
    xa.speakers[0]!.aliases.push('the Council President', 'President of the Council');
    xb.speakers[0]!.aliases.push('President of the Council');
    const names = buildIndex([a.article, b.article], [xa, xb]).data.speakers.map((s) => s.name).sort();
    expect(names).toHaveLength(2);
    expect(names[1]).toBe('Tomas Berg');
  });
});
