import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { understand } from '../../../src/understand/understand.ts';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Failure classes met on a fifth set of reports the engine had never seen, pinned on reports written for these
 * tests (invented towns, people and groups).
 */
const REPORTS: Record<string, string> = {
  'kessel-square.txt': `Exiles fill Kessel's Domplatz

In a large demonstration held on Kessel's Domplatz, exiles voiced support for the strikes against the rulers of Ostrov.
`,
  'brenmouth-march.txt': `March in Brenmouth against the junta

A large demonstration against the rulers of Ostrov was organised by exiles on the streets of Brenmouth on Monday, with some 4,000 people taking part, according to police.
Marchers gathered from 11:00 on the Avenue Henri IV, near the Central station.
The march continued along its planned route in the direction of the Rope Quay, Mill Street and the Old Bridge, before going on towards Lantern Park.
`,
  'brenn-exhibition.txt': `Exiles protest in Brenn

Exiles from Vardania held a protest in front of the Coastal Assembly in Brenn on Friday, showing photos of those killed in the spring strikes.
More than 4500 people arrested during the spring strikes remain in prison, the organisers said.
`,
  'wire-detained.txt': `Rights group raises the toll of the spring strikes

The junta reportedly detained more than 2,000 people to stop the spring strikes, and raids on homes are still going on.
`,
  'summit-titled.txt': `Exiles hold a summit in Nordhaven

Exiles from Vardania met at a summit in Nordhaven on Thursday, October 14, 2021.
The summit, titled, “Nordhaven Summit 2021: Holding the Junta to Account for its Crimes,” featured speeches from Ida Holm and from Karl Brandvold, a former Speaker of the Coastal Assembly.
“There is a ready alternative to the junta, and it is the Vardanian Front,” Brandvold said.
`,
  'kessel-court.txt': `Thousands of exiles rally in Kessel after a court lifts a ban

Thousands of exiles from Vardania rallied in Kessel on Saturday, July 1, 2023, in a rally organised by the Vardanian Front.
Last week the city had banned the rally; the ban was lifted by the Kessel district court.
Another marcher, the writer and former prisoner Lea Sorn, said: “We are here so that the voice of the prisoners is heard.”
`,
  'brenn-vigil.txt': `Exiles protest in front of the Coastal Assembly in Brenn

Exiles from Vardania staged a protest in front of the Coastal Assembly in Brenn on Friday, February 9.

Protesters held a photo exhibition showing faces of those killed during last spring's strikes in more than 40 towns. According to the Vardanian Front, more than 900 people were killed in the strikes. The Front has to this day announced the names of 310 victims shot by the guards.
`,
  'tallby-slogan.txt': `Exiles rally in Tallby for the strikers

Exiles from Vardania rallied in front of the town hall in Tallby on Sunday, May 5, 2024.
They called for the release of every prisoner held by the junta and for free elections in Vardania.
They also backed the strikers at home, and the dock workers among them, with the slogan of bread, work, freedom.
`,
  'lantern-hangings.txt': `Junta executed at least 410 people last year, rights group says

The junta executed at least 410 people last year, the highest number recorded by the Lantern group since 2009.
Executions rose by a fifth compared to 2023, the group said.
In the last three months of 2024, the junta executed an average of three people a day.
In early 2025, at least 60 more executions have already been recorded.
`,
  'exiles-decades.txt': `Exiles recall the prisoners of the junta

Exiles from Vardania gathered in front of the Coastal Assembly in Brenn to recall the prisoners of the junta.
In the past 30 years, the junta has executed more than 9,000 dissidents, the exiles said.
`,
};

describe('the reader on a fifth set of unseen reports', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN a town named only in a headline ("March in Brenmouth") and in "the streets of Brenmouth" THEN the archive knows it as a place', () => {
    expect(lexiconOf(index).placeWords.has('brenmouth')).toBe(true);
    const terms = understand('where did the brenmouth demonstration against the rulers start?', index).analysis.terms;
    expect(terms.find((t) => t.fold === 'brenmouth')?.locative).toBe(true);
  });

  it('GIVEN a where-question about the Brenmouth march THEN no square of another town answers it', () => {
    const a = answer('where did the brenmouth demonstration against the rulers start?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).not.toMatch(/Domplatz|Kessel/);
  });

  it('GIVEN "gathered on the Avenue Henri IV" THEN the avenue, named after a person, is where the march started', () => {
    const a = answer('where did the brenmouth demonstration against the rulers start?');
    expect(a.text.split('“')[0]).toMatch(/Avenue Henri IV/);
  });

  it('GIVEN a route told as headings ("in the direction of A and B, before heading towards C") THEN where it ended is the last heading', () => {
    const a = answer('where did the brenmouth march end?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Lantern Park/);
  });

  it('GIVEN "according to the Brenn report" THEN Brenn is where it happened, not an outlet, and a report that never names Brenn does not answer', () => {
    const q = 'how many people arrested during the spring strikes are still in prison, according to the brenn report?';
    const brenn = understand(q, index).analysis.terms.find((t) => t.fold === 'brenn');
    expect(brenn?.sort).toBe('name');
    expect(brenn?.locative).toBe(true);
    const a = answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/4500/);
    expect(a.text.split('“')[0]).not.toMatch(/2,000/);
  });

  it('GIVEN a summit "titled, “…”" in a sentence naming its speakers THEN the title is nobody\'s words', () => {
    const a = answer('what did brandvold say about the vardanian front at the nordhaven summit in 2021?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/ready alternative/);
    expect(a.text).not.toMatch(/Holding the Junta/);
    expect(index.data.quotes.map((q) => q.text).join(' ')).not.toMatch(/Holding the Junta/);
  });

  it('GIVEN "how many people were at the rally" and a report giving no number THEN the count of rallies held is no answer', () => {
    const a = answer('how many people were at the july 2023 kessel rally according to the police?');
    expect(a.answered).toBe(false);
    const b = answer('how many rallies were held in kessel?');
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/rally event/);
  });

  it('GIVEN "who gave a speech at the protest" and a report where a group only announced names THEN no one is given as a speaker', () => {
    expect(analyseQuestion('who gave a speech at the brenn protest?').agent?.kind).toBe('person');
    expect(analyseQuestion('who delivered the keynote address at the summit?').agent?.kind).toBe('person');
    const a = answer('who gave a speech at the brenn protest in front of the coastal assembly on february 9?');
    expect(a.answered).toBe(false);
    const b = answer('who gave a speech at the nordhaven summit?');
    expect(b.answered).toBe(true);
    expect(b.text.split('“')[0]).toMatch(/Brandvold|Holm/);
  });

  it('GIVEN a slogan named without quotation marks ("with the slogan of bread, work, freedom") THEN it answers what slogan the crowd used, not what else it called for', () => {
    const a = answer('what slogan did the tallby protesters use to back the dock workers in may 2024?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/bread, work, freedom/);
  });

  it('GIVEN "executed 410 people last year" in an undated report telling of early 2025, and a toll "in the past 30 years" THEN neither is the count for 2023', () => {
    const a = answer('how many people did the junta execute in 2023?');
    expect(a.answered).toBe(false);
    expect(a.text.split('“')[0]).not.toMatch(/410|9,000/);
  });

  it('GIVEN "who lifted the ban on the rally" THEN the court that lifted it, not someone who spoke at the rally', () => {
    const a = answer('who lifted the ban on the kessel rally in july 2023?');
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/district court/);
    expect(a.text.split('“')[0]).not.toMatch(/Sorn/);
  });
});
