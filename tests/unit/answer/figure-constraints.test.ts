import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// What a count question asks beyond the deed: whose figure ("according to the UN", "did gen varkos say"), which
// period ("in the past 14 months"), which group ("how many women"), which place ("in Tamsworth"). A figure that
// does not meet it is another answer to another question.
const REPORTS = {
  'norland-toll.txt': `Kesh - NewsWire

More than 4,000 people were killed in the Norland civil war last month, the deadliest month of the conflict, a leading monitoring group said. The dead included 210 children and 190 women, said the Norland Rights Watch. The United Nations estimated in January more than 52,000 people had been killed since the war began. It did not update its figure.
`,
  'varkos-unrest.txt': `Guard commander gives toll of Vardania unrest

A website close to the Guard reported that Gen. Tomas Varkos was the commander of the air wing of the Vardania Guard and said that more than 280 people were killed, including members of the security forces. The activist group Free Voices claims that 390 protesters were killed and that more than 14,000 people are currently detained.
`,
  'ostrava-displaced.txt': `The UN relief office has estimated that since the fighting began in Ostrava, at least 240,000 men, women and children have been displaced, including 60,000 who fled more than once. Most of the displaced are women and children.
`,
  'geneva-message.txt': `Exiles meet in Geneva

Lina Farrow addressed the conference in Geneva by video message. She pointed to more than 350 executions in just three months and over 1,400 in the past 16 months, including dozens of women.
`,
  'vardania-week.txt': `Free Voices said on Monday that 400 protesters had been killed since the unrest began.

They also said that in the last week alone, more than 60 people were killed and that 35 of those people were killed in Kessar areas.
`,
  'monthly-report.txt': `Monthly Report December 2030 – Rights in Vardania

This month, 95 individuals were executed in Vardania, including 90 men and 5 women.
`,
  'tamsworth-rally.txt': `About 900 protesters gathered in front of the state parliament in Kelby to join the national day of action for Vardania.
`,
};

describe('counts that meet what the question asks', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "according to the UN how many …" THEN the figure the United Nations gave, not the monitoring group\'s', () => {
    const a = ask(index, 'according to the UN how many people had been killed in norland as of january?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^More than 52,000 people, according to the United Nations\b/);
    // Another report's toll of another war is no other figure for this one.
    expect(a.text).not.toMatch(/280|390|Another report/);
  });

  it('GIVEN "killed … last month" in a report with no date THEN a count asked for April is not given (the month is not told)', () => {
    const a = ask(index, 'how many people were killed in norland in april according to the monitoring group?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/4,000/);
  });

  it('GIVEN "This month, 95 … were executed" in a report titled "Monthly Report December 2030" THEN it answers for December 2030', () => {
    const a = ask(index, 'how many people were executed in vardania in december 2030?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b95\b/);
  });

  it('GIVEN "did gen varkos say" in lower case THEN only his figures answer: none of arrests', () => {
    const a = ask(index, 'how many people did gen varkos say were arrested in the unrest?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/14,000/);
  });

  it('GIVEN "X was the commander of the Guard and said that more than 280 …" THEN the toll is credited to X', () => {
    const a = ask(index, 'what death toll did general varkos give for the vardania unrest').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/more than 280 people were killed, according to Gen\. Tomas Varkos/i);
  });

  it('GIVEN "how many women" against "240,000 men, women and children …, including 60,000 who fled" THEN no count of women is made up', () => {
    const a = ask(index, 'how many women have been displaced in ostrava according to the un relief office').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/60,000|240,000/);
  });

  it('GIVEN "240,000 men, women and children …, including 60,000 who fled more than once" THEN the displaced are the whole list, and the part is no other figure', () => {
    const a = ask(index, 'how many people have been displaced in ostrava according to the un relief office').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/240,000 men, women and children/);
    expect(a.text).not.toMatch(/60,000/);
  });

  it('GIVEN "in the past 16 months" THEN the count told for that period, not the one before it in the sentence', () => {
    const a = ask(index, 'how many executions in the past 16 months did lina farrow cite in her message to the geneva conference').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Over 1,400\b/);
  });

  it('GIVEN "according to X" and a count told as "They also said that … 35 of those …" THEN "they" may be X: the count of the place asked stands', () => {
    const a = ask(index, 'how many were killed in kessar areas in the last week, according to free voices?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^35 of those people\b/);
  });

  it('GIVEN a place the archive never names ("in tamsworth") THEN no other place\'s crowd is given', () => {
    const a = ask(index, 'how many protesters turned out in tamsworth for the day of action?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/nothing on tamsworth/i);
    expect(a.text).not.toMatch(/900/);
  });

  it('GIVEN "at noon" THEN noon is a time, not a place the archive lacks', () => {
    const a = ask(index, 'how many protesters gathered at noon in front of the state parliament in kelby?').answer;
    expect(a.text).not.toMatch(/nothing on noon/i);
  });
});
