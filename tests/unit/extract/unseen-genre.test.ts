import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../src/domain/types.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { articleFromText, dayDate, readRepoFile } from './events-article-builder.ts';

const nlp = createNlp();
const fixture = (name: string): string => readRepoFile(`tests/fixtures/extract-unseen/${name}`);

function extract(name: string, dateline: string, date: string): ArticleExtraction {
  return extractArticle(nlp, articleFromText(fixture(name), { publisher: 'Daily Courier', dateline, date: dayDate(date) }));
}

describe('figures phrased as subsets, tolls and origins', () => {
  const x = extract('aleppo-strikes.txt', 'ALEPPO', '2025-02-04');
  const rows = x.figures.map((f) => `${f.measure}:${f.text}:${f.counted}:${f.claimant ?? '-'}`);

  it('GIVEN "killed at least 27 civilians, including 9 children" THEN both the whole and the subset are killed figures', () => {
    expect(rows).toContain('killed:at least 27:civilians:Blue Shields');
    expect(rows).toContain('killed:9:children:Blue Shields');
  });

  it('GIVEN "raised the death toll to 45, among them 6 women" THEN the subset of women is counted as killed', () => {
    expect(rows).toContain('killed:45:people:Daily Courier');
    expect(rows).toContain('killed:6:women:Daily Courier');
  });

  it('GIVEN "of whom 80 were students" THEN the subset takes the measure of the whole and the noun after the verb', () => {
    expect(rows).toContain('arrested:1,200:arrests:Daily Courier');
    expect(rows).toContain('arrested:80:students:Daily Courier');
  });

  it('GIVEN an organisation with an appositive that "put the death toll at 38" THEN the organisation claims a killed figure', () => {
    expect(rows).toContain('killed:38:people:Levant Monitor for Human Rights');
  });

  it('GIVEN "put the number of executions in 2024 at 612" THEN an executed figure scoped to and as of that year, claimed by the group', () => {
    const f = x.figures.find((g) => g.value === 612);
    expect(f).toMatchObject({ measure: 'executed', counted: 'executions', claimant: 'Justice Watch', scope: '2024' });
    expect(f?.asOf?.iso).toBe('2024');
  });

  it('GIVEN "more than 2,000 women from 35 countries gathered" THEN the women are the attendance and the countries are not', () => {
    const y = extract('vienna-women.txt', 'VIENNA', '2025-03-08');
    const women = y.figures.find((f) => f.value === 2000);
    const countries = y.figures.find((f) => f.value === 35);
    expect(women).toMatchObject({ measure: 'attendance', counted: 'women', qualifier: 'more-than' });
    expect(countries).toMatchObject({ measure: 'other', counted: 'countries' });
    expect(y.events[0]?.size?.text).toMatch(/2,000/);
  });
});

describe('counts of places people came from', () => {
  it('GIVEN "nurses from 25 districts marched" and "delegates from 14 cities joined 3,000 protesters" THEN only people are attendance', () => {
    const x = extract('izmir-origins.txt', 'IZMIR', '2025-05-09');
    expect(x.figures.map((f) => `${f.measure}:${f.text}:${f.counted}`)).toEqual([
      'attendance:Nearly 800:nurses',
      'other:25:districts',
      'cities:14:cities',
      'attendance:3,000:protesters',
    ]);
  });
});

describe('places of events', () => {
  it('GIVEN venues written with digits ("Camp Freedom-4", "Terminal 2E", "Hall 7") THEN the venue names are kept whole', () => {
    const x = extract('camp-venue.txt', 'TIRANA', '2025-07-01');
    expect(x.events.map((e) => e.venue)).toEqual(['Camp Freedom-4', 'Terminal 2E', 'Hall 7']);
    expect(x.events[0]?.city).toBe('Tirana');
  });

  it('GIVEN a NEW YORK dateline and a rally "outside the United Nations headquarters in Manhattan" THEN the city is New York and Manhattan stays with the venue', () => {
    const x = extract('manhattan-vigil.txt', 'NEW YORK', '2025-09-20');
    expect(x.events[0]).toMatchObject({ kind: 'rally', city: 'New York', venue: 'United Nations headquarters, Manhattan' });
  });

  it('GIVEN a dateline in capitals THEN the event city is written in its usual form', () => {
    const x = extract('vienna-women.txt', 'VIENNA', '2025-03-08');
    expect(x.events[0]?.city).toBe('Vienna');
  });
});

describe('slogans of the crowd', () => {
  it('GIVEN protesters who chanted two slogans in straight double quotes THEN each is a slogan of the protesters linked to the rally', () => {
    const x = extract('manhattan-vigil.txt', 'NEW YORK', '2025-09-20');
    const slogans = x.quotes.filter((q) => q.kind === 'slogan');
    expect(slogans.map((q) => [q.text.replace(/\.$/, ''), q.speakerName, q.eventId])).toEqual([
      ['No to execution', 'protesters', x.events[0]!.id],
      ['Justice for Iran', 'protesters', x.events[0]!.id],
    ]);
  });
});

describe('speakers of a rally', () => {
  it('GIVEN people who addressed the crowd via video, also spoke, gave a keynote, sent a recorded message or told the gathering THEN all are speakers of the rally', () => {
    const x = extract('oslo-speakers.txt', 'OSLO', '2025-06-14');
    expect(x.events).toHaveLength(1);
    expect([...x.events[0]!.speakers].sort()).toEqual(['arash-pahlavan', 'ingrid-solheim', 'kaveh-amini', 'leila-fathi', 'maryam-ghorbani', 'omid-rostami', 'tomas-berg']);
    expect(x.speakers.find((s) => s.id === 'tomas-berg')?.roles.map((r) => r.text)).toEqual(['Lawmaker']);
  });

  it('GIVEN "sent a video message to the rally" in a women’s conference report THEN the sender is a speaker of it', () => {
    const x = extract('vienna-women.txt', 'VIENNA', '2025-03-08');
    expect(x.events[0]?.speakers).toContain('clara-dubois');
    expect(x.speakers.find((s) => s.id === 'clara-dubois')?.events).toEqual([x.events[0]!.id]);
  });
});

describe('quotes after someone took the microphone', () => {
  it('GIVEN "X also took the microphone. “…,” he said." after a woman addressed the rally THEN the quote is X’s', () => {
    const x = extract('oslo-speakers.txt', 'OSLO', '2025-06-14');
    const q = x.quotes.find((k) => k.text.startsWith('My cousin'));
    expect(q).toMatchObject({ kind: 'direct', speakerName: 'Kaveh Amini', eventId: x.events[0]!.id });
  });
});

describe('people named as the cause of an event', () => {
  it('GIVEN a minute of silence for a woman "whose death in custody sparked the protests" THEN she is a person with that whole role', () => {
    const x = extract('manhattan-vigil.txt', 'NEW YORK', '2025-09-20');
    const p = x.speakers.find((s) => s.name === 'Shirin Moradi');
    expect(p?.roles.map((r) => r.text)).toEqual(['the 19-year-old student whose death in custody sparked the protests']);
  });
});

describe('bombardments written with verbs and two-word nouns', () => {
  const x = extract('idlib-strikes.txt', 'Idlib', '2024-09-21');
  const rows = x.events.map((e) => `${e.kind}:${e.city ?? '-'}:${e.date?.iso ?? '-'}`);

  it('GIVEN "warplanes bombarded the town of Binnish on Friday" THEN a bombardment of Binnish dated that Friday', () => {
    expect(rows).toContain('bombardment:Binnish:2024-09-20');
  });

  it('GIVEN "dropped barrel bombs on four villages near X on Thursday" THEN a bombardment near X dated that Thursday', () => {
    expect(rows).toContain('bombardment:Jisr al-Shughur:2024-09-19');
  });

  it('GIVEN "air strikes", "drone strike" and "Shelling hit" THEN each is a bombardment in its town', () => {
    expect(rows).toContain('bombardment:Sarmin:2024-09-18');
    expect(rows).toContain('bombardment:Taftanaz:-');
    expect(rows).toContain('bombardment:Kafranbel:2024-09-17');
    expect(x.events.find((e) => e.city === 'Kafranbel')?.label).toBe('Bombardment of the western quarter of Kafranbel');
  });

  it('GIVEN "strikes by teachers" THEN no bombardment is made of a walk-out', () => {
    expect(x.events).toHaveLength(5);
  });
});

describe('protests and gatherings named in passing', () => {
  const x = extract('kerman-live.txt', 'KERMAN', '2025-05-09');

  it('GIVEN "killed during the April 2022 protests in Yazd" THEN a protest in Yazd in April 2022 (month precision), not a march', () => {
    const e = x.events.find((k) => k.city === 'Yazd');
    expect(e).toMatchObject({ kind: 'protest', city: 'Yazd' });
    expect(e?.date).toMatchObject({ iso: '2022-04', precision: 'month' });
  });

  it('GIVEN "…, the group said" after a sentence crediting a named network THEN the figure is claimed by that network', () => {
    const f = x.figures.find((g) => g.value === 5);
    expect(f).toMatchObject({ measure: 'killed', claimant: 'Zagros Rights Network' });
  });

  it('GIVEN a live entry "11:25 — Residents of Sirjan gathered outside …" THEN a gathering in Sirjan', () => {
    expect(x.events.map((e) => `${e.kind}:${e.city ?? '-'}`)).toContain('gathering:Sirjan');
  });
});

describe('speakers introduced by a title with "of"', () => {
  const x = extract('kerman-live.txt', 'KERMAN', '2025-05-09');

  it('GIVEN "Member of Parliament X told the rally: “…”" THEN X is a speaker of the rally with that title and the quote is X’s', () => {
    const rally = x.events.find((e) => e.kind === 'rally');
    expect(rally?.speakers).toContain('roya-delavari');
    expect(x.speakers.find((s) => s.id === 'roya-delavari')?.roles.map((r) => r.text)).toEqual(['Member of Parliament']);
    expect(x.quotes.find((q) => q.text.startsWith('You are not alone'))?.speakerName).toBe('Roya Delavari');
  });

  it('GIVEN "Speaker of the Senate X told the crowd: “…”" THEN X is a speaker of the same rally', () => {
    const rally = x.events.find((e) => e.kind === 'rally');
    expect(rally?.speakers).toContain('albert-kowalczyk');
    expect(x.speakers.find((s) => s.id === 'albert-kowalczyk')?.roles.map((r) => r.text)).toEqual(['Speaker of the Senate']);
  });
});
