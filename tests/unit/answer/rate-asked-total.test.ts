import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor gives a year's total of hangings and, in an aside, how many a week that makes; another gives only a total.
const REPORTS = {
  'kessia-hangings.txt': `Monitor warns over pace of hangings in Kessia
Lowland Courier, 9 August 2031

The Brask Justice Monitor on Tuesday asked foreign governments to press Kessia over its use of the gallows.

"Since January the prisons of Kessia have sent at least 410 people to the gallows, roughly twelve a week," the monitor said in its bulletin.

A second group, Open Cells, counted 380 hangings over the same months.
`,
};

describe('a rate asked, a total given', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a total by Open Cells WHEN "the weekly average of hangings open cells gave" THEN not in the archive', () => {
    const { answer } = ask(index, 'whats the average number of hangings a week open cells gave');
    expect(answer.text).not.toMatch(/\b380\b/);
    if (answer.answered) expect(answer.text).toMatch(/twelve|12/);
  });

  it('GIVEN a total and a weekly rate WHEN a weekly average is asked of the monitor THEN the rate is the answer, not the total', () => {
    const { answer } = ask(index, 'how many hangings a week on average did the brask justice monitor report');
    const head = answer.text.split('“')[0] ?? '';
    expect(head).toMatch(/twelve/i);
    expect(head).not.toMatch(/\b410\b/);
  });

  it('GIVEN the same report WHEN the total is asked THEN 410 is still the answer', () => {
    const { answer } = ask(index, 'How many people were hanged in Kessia since January according to the Brask Justice Monitor?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b410\b/);
  });
});
