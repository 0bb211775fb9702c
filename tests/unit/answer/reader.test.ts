import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask, buildArchiveFromFolder } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import type { Answer } from '../../../src/domain/types.ts';

// Reports written for these tests (tests/fixtures/reader): other cities, other names, the genre's shapes.
let index: ArchiveIndex;
beforeAll(async () => {
  index = (await buildArchiveFromFolder(join(import.meta.dirname, '../../fixtures/reader'))).index;
});

function answer(q: string): Answer {
  return ask(index, q).answer;
}

function files(a: Answer): string[] {
  return a.citations.map((c) => c.file);
}

describe('reader: counted nouns outside any fixed list', () => {
  it('GIVEN "More than 1,200 buses brought demonstrators" THEN "how many buses" is answered with 1,200 and its sentence', () => {
    const a = answer('How many buses brought demonstrators to the Rotterdam rally?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/More than 1,200 buses/);
    expect(files(a)).toContain('rotterdam-buses.txt');
  });

  it('GIVEN mayors and countries counted in one sentence THEN each question gets its own number', () => {
    expect(answer('How many mayors sent messages of support to the rally in Rotterdam?').text).toMatch(/37 mayors/);
    const countries = answer('how many countries sent delegations to the Rotterdam march?');
    expect(countries.text).toMatch(/14 countries/);
    expect(countries.text).not.toMatch(/^37/);
  });
});

describe('reader: entities that are not entities', () => {
  it('GIVEN "Renowned Iranian singer Leila Farzad" THEN the singer is named, not "Renowned Iranian"', () => {
    const a = answer('Who sang at the rally in Rotterdam?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Leila Farzad/);
    expect(a.text).not.toMatch(/^Renowned Iranian/);
  });

  it('GIVEN "People gathered at the Vismarkt square" THEN the place is the square, not "People"', () => {
    const a = answer('Where did people gather in Groningen for the victims of the crackdown?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Vismarkt');
    expect(a.text).not.toMatch(/^People\b/);
  });

  it('GIVEN an acronym the report spells out THEN a question using the acronym finds it', () => {
    const a = answer('What did SOHR say about the shelling near Aleppo?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Syrian Observatory for Human Rights');
  });
});

describe('reader: answers from another event are refused', () => {
  it('GIVEN a hunger strike report without a number and a shelling report with one THEN "how many joined the hunger strike" is not answered', () => {
    const a = answer('How many people joined the hunger strike in London?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/\b12\b|\b30\b/);
  });

  it('GIVEN a figure for Isfahan in a report on Shiraz and Isfahan THEN "how many were arrested in Shiraz" is refused, naming the other place', () => {
    const a = answer('How many were arrested in Shiraz?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('Isfahan');
    expect(answer('How many were arrested in Isfahan?').text).toContain('40');
  });
});

describe('reader: reports excluded by their constraints', () => {
  it('GIVEN only a 2019 Berlin report THEN a question about a 2012 gathering near Paris is not answered from it', () => {
    const a = answer('How many attended the 2012 gathering near Paris?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('5,000');
  });

  it('GIVEN no report names Vienna THEN a rally there is not answered from another city, and the message names Vienna', () => {
    const a = answer('How many attended the rally in Vienna?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('Vienna');
  });

  it('GIVEN the year the report states THEN the same question is answered', () => {
    const a = answer('How many people attended the gathering in Berlin in 2019?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('5,000');
  });
});

describe('reader: reports in French and German', () => {
  it('GIVEN "Plus de 2.500 personnes … le samedi 18 mars 2023" THEN the count and the date are read', () => {
    const count = answer('How many people rallied in Toulouse in March 2023?');
    expect(count.answered).toBe(true);
    expect(count.text).toContain('2.500');
    expect(answer('When was the rally in Toulouse?').text).toContain('March 18, 2023');
  });

  it('GIVEN "a déclaré Sahar Karimi, présidente de l\'association" THEN her role is read from the apposition', () => {
    const a = answer('Who is Sahar Karimi?');
    expect(a.text).toContain("présidente de l'association");
  });

  it('GIVEN "am 4. März 2023 auf dem Rathausmarkt" THEN the venue is read and the German day is not split off', () => {
    const a = answer('Where in Hamburg did people demonstrate against executions?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Rathausmarkt');
    expect(a.citations[0]?.excerpt).toContain('4. März 2023');
  });

  it('GIVEN "sprachen unter anderem Thomas Becker (SPD) … und Nasrin Alavi" THEN both speakers are named', () => {
    const a = answer('Who spoke at the rally in Hamburg against executions?');
    expect(a.text).toContain('Thomas Becker');
    expect(a.text).toContain('Nasrin Alavi');
  });
});

describe('reader: the reading fallback and the evidence check', () => {
  it('GIVEN an organiser named only in a sentence THEN "which group organised" names it', () => {
    const a = answer('Which group organised the Rotterdam rally?');
    expect(a.text).toContain('Netherlands Iranian Solidarity Network');
  });

  it('GIVEN a sentence stating the toll with its claimant THEN the answer attributes it', () => {
    const a = answer('How many were killed in the shelling of Kafr Hamra?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('12');
    expect(a.text).toContain('Syrian Observatory for Human Rights');
  });
});
