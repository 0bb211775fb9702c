import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many did <body> say were killed …?" of a toll a body gives by publishing a report on the victims ("X has released
// a new report on the 212 men, women and children killed …"): the body is who states the figure, the list of men, women
// and children is the people counted, and "last March" tells the month the killings were in.
const REPORTS = {
  'lumen-report.txt': `Details released of 212 Velorians killed by security forces during March protests
Published: 10 September 2031 | Harbour Post

Lumen Rights has released a new report on the 212 men, women and children killed by Velorian security forces during last March's crackdown on the fuel protests.

The killings took place in 14 provinces, the report said, and most victims were shot in the head or chest.

Velorian officials have given no toll of their own.
`,
};

describe('a toll given by a body that released a report on the victims', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "<body> has released a new report on the N men, women and children killed" WHEN "how many did <body> say were killed" THEN the toll, credited to the body', () => {
    const { answer } = ask(index, 'How many people did Lumen Rights say were killed in the March 2031 protests in Veloria?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/according to Lumen Rights/i);
    expect(answer.text).toMatch(/212 men, women and children/);
    expect(answer.citations[0]?.file).toBe('lumen-report.txt');
  });

  it('GIVEN the same report WHEN the killed are asked with the body after the question ("according to …") THEN the same toll', () => {
    const { answer } = ask(index, 'How many people were killed in the March protests in Veloria according to Lumen Rights?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b212\b/);
  });

  it('GIVEN a report crediting the toll to Lumen Rights only WHEN another body is asked THEN no figure is credited to it', () => {
    const { answer } = ask(index, 'How many people did the Velorian Red Crescent say were killed in the March protests?');
    expect(answer.text.split('“')[0]).not.toMatch(/according to (?:the )?Velorian Red Crescent/i);
  });
});
