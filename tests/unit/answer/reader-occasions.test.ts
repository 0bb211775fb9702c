import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, buildArchiveFromFolder } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import type { Answer } from '../../../src/domain/types.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';

// Reports written for these tests (tests/fixtures/occasions): one group rallying in several towns on several days,
// two people sharing a surname, a conference its organiser held itself, names with particles.
let index: ArchiveIndex;
beforeAll(async () => {
  index = (await buildArchiveFromFolder(join(import.meta.dirname, '../../fixtures/occasions'))).index;
});

function answer(q: string, on = index): Answer {
  return ask(on, q).answer;
}

function files(a: Answer): string[] {
  return [...new Set(a.citations.map((c) => c.file))];
}

describe('reader: a surname another person in the report bears', () => {
  it('GIVEN "Anneli Strand" quoted through "she said" and another report where "Strand said" is Olav Strand THEN her words are given, not his', () => {
    const a = answer('What did Anneli Strand call for at the rally in Bergen?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('independent inquiry');
    expect(a.text).not.toContain('are not forgotten');
    expect(files(a)).toEqual(['bergen-2016.txt']);
  });
});

describe('reader: the day a sentence tells of', () => {
  it('GIVEN a report filed on the 16th of a rally "on Saturday" and one filed on the 17th of a rally "on Monday" THEN the rally on the 16th is the Monday one', () => {
    const a = answer('Where did supporters of the Nordic Iranian Democratic Forum hold a rally on May 16, 2016?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('City Hall');
    expect(a.text).toContain('Kristiansand');
    expect(a.text).not.toContain('Torgallmenningen');
    expect(files(a)).toEqual(['kristiansand-2016.txt']);
  });

  it('GIVEN two rallies of the group in Bergen and no day asked THEN both days are given, each with its report', () => {
    const a = answer('When did supporters of the Nordic Iranian Democratic Forum rally in Bergen?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 14, 2016/);
    expect(a.text).toMatch(/September 21, 2019/);
    expect(files(a).sort()).toEqual(['bergen-2016.txt', 'bergen-2019.txt']);
  });
});

describe('reader: organisers and names with particles', () => {
  it('GIVEN "The Nordic Iranian Democratic Forum held a conference" THEN it organised the conference', () => {
    const a = answer('Who organised the conference in Stavanger?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Nordic Iranian Democratic Forum');
    const event = index.data.events.find((e) => e.city === 'Stavanger');
    expect(event?.organisers).toEqual(['Nordic Iranian Democratic Forum']);
  });

  it('GIVEN "Marit van den Berg" and "Hugo de la Fontaine" in a list of participants THEN their whole names are given', () => {
    const a = answer('Who took part in the conference in Stavanger?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Marit van den Berg');
    expect(a.text).toContain('Hugo de la Fontaine');
    expect(a.text).not.toMatch(/(^|, )Hugo \(|(^|, )Marit \(/);
  });
});

describe('reader: a figure broken down by place', () => {
  it('GIVEN "deaths were recorded in Idlib province (5,210), followed by Hama (3,904)" THEN the count for Hama is its share', () => {
    const a = answer('How many civilian deaths were recorded in Hama?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^3,904\b/);
    expect(files(a)).toEqual(['syria-breakdown.txt']);
  });

  it('GIVEN the region\'s total in the sentence before the breakdown THEN a question on one town gets its share, not the total', () => {
    const a = answer('How many civilian deaths did the monitors document in Latakia?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^1,355\b/);
    expect(a.text).not.toMatch(/12,480/);
  });

  it('GIVEN the same report THEN the region asked gets the total, worded once ("12,480 civilian deaths", not "… deaths were killed")', () => {
    const a = answer('How many civilian deaths were documented in northern Syria?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('12,480 civilian deaths');
    expect(a.text).not.toMatch(/deaths were killed/);
  });
});

describe('reader: whose figure it is', () => {
  it('GIVEN two statements giving 1600 and 1,800 killed in the same protests THEN both figures are given, each with its source', () => {
    const a = answer('How many people were killed in the March 2019 protests in Tabriz?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1600[^]*Baltic Exile Council|Baltic Exile Council[^]*1600/);
    expect(a.text).toMatch(/1,800/);
    expect(files(a).sort()).toEqual(['tabriz-statement-a.txt', 'tabriz-statement-b.txt']);
  });

  it('GIVEN "The Baltic Exile Council has so far identified 87 of the victims" THEN the count the Forum identified is not answered with it', () => {
    const a = answer('How many victims of the March 2019 protests has the Nordic Iranian Democratic Forum identified by name?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/\b87\b/);
  });

  it('GIVEN the same sentence THEN the count the Council identified is 87', () => {
    const a = answer('How many victims of the March 2019 protests has the Baltic Exile Council identified by name?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b87\b/);
    expect(files(a)).toEqual(['tabriz-statement-a.txt']);
  });
});

describe('reader: an archive too large to read whole', () => {
  // More reports than the reader scans one by one: it narrows them through the events the index dates and places.
  let dir: string;
  let large: ArchiveIndex;
  const towns = ['Lund', 'Uppsala', 'Malmo', 'Umea', 'Orebro', 'Vasteras', 'Linkoping', 'Jonkoping', 'Boras', 'Gavle'];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'archivist-large-'));
    for (let i = 0; i < 420; i++) {
      const town = towns[i % towns.length] as string;
      // Every day from February to April 2017 but the one asked, so its month and year single out nothing.
      let day = new Date(Date.UTC(2017, 1, 1 + (i % 88)));
      if (day.getUTCMonth() === 2 && day.getUTCDate() === 8) day = new Date(Date.UTC(2017, 3, 29));
      const date = day.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
      writeFileSync(
        join(dir, `filler-${String(i).padStart(3, '0')}.txt`),
        `Forum supporters rally in ${town}\n\nNordic Exile News\n\n${town}, ${date} — Hundreds of supporters of the Nordic Iranian Democratic Forum rallied outside the railway station in ${town} on ${date} in solidarity with the prisoners of Evin.\n`,
      );
    }
    writeFileSync(
      join(dir, 'target.txt'),
      'Day 40 of the strike: Forum supporters rally in Karlstad\n\nNordic Exile News\n\nKarlstad, March 12, 2017 — Hundreds of supporters of the Nordic Iranian Democratic Forum rallied on Wednesday on Stora Torget square in Karlstad in solidarity with the prisoners of Evin.\n',
    );
    large = (await buildArchiveFromFolder(dir)).index;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const q = 'Where did supporters of the Nordic Iranian Democratic Forum hold a rally on March 8, 2017?';

  it('GIVEN 421 near-identical rally reports THEN the one whose "Wednesday" falls on the day asked answers where', () => {
    const a = answer(q, large);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Stora Torget');
    expect(files(a)).toEqual(['target.txt']);
  });

  it('GIVEN the same archive THEN the reader on its own finds that report (not only the structured index)', () => {
    const read = readAnswer(analyseQuestionFor(q, lexiconOf(large)), large);
    expect(read.answer?.text).toContain('Stora Torget');
    expect(read.answer?.citations.map((c) => c.file)).toContain('target.txt');
  });
});
