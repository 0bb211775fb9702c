import { beforeAll, describe, expect, it } from 'vitest';
import { warmIndex } from '../../../src/answer/warm.ts';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Counts of one measure told for several years: a question naming a year (or two) is answered with a count of that
// year, never with another year's, whether the archive was read ahead or not (counting looks only at the figures that
// write no year or a year asked).
const REPORTS = {
  'korran-2029.txt': `Korran crackdown: monitors count the dead of 2029
Published: 8 January 2030 | Harbour Ledger

At least 57 protesters were killed in Korran in 2029, the Korran Rights Monitor said on Monday.

The monitor said most of the deaths came during the spring strikes in the port towns.
`,
  'korran-2030.txt': `Korran toll rises sharply in 2030
Published: 9 January 2031 | Harbour Ledger

At least 143 protesters were killed in Korran in 2030, the Korran Rights Monitor said in its yearly report.

The monitor urged the authorities to open an inquiry into the shootings.
`,
  'korran-2031.txt': `Korran: quieter year, monitors say
Published: 7 January 2032 | Harbour Ledger

At least 12 protesters were killed in Korran in 2031, the Korran Rights Monitor said.
`,
};

describe('counts of a measure told for several years', () => {
  let fresh: ArchiveIndex;
  let readAhead: ArchiveIndex;
  beforeAll(async () => {
    fresh = await archiveOfTexts(REPORTS);
    readAhead = await archiveOfTexts(REPORTS);
    for (const _ of warmIndex(readAhead));
  });

  for (const [name, indexOf] of [
    ['asked first', () => fresh],
    ['read ahead', () => readAhead],
  ] as const) {
    it(`GIVEN tolls of 2029, 2030 and 2031 (${name}) WHEN how many were killed in 2030 is asked THEN 143, cited from the 2030 report`, () => {
      const { answer } = ask(indexOf(), 'how many protesters were killed in Korran in 2030?');
      expect(answer.answered).toBe(true);
      expect(answer.text.split('“')[0]).toMatch(/\b143\b/);
      expect(answer.text.split('“')[0]).not.toMatch(/\b(?:57|12)\b/);
      expect(answer.citations[0]?.file).toBe('korran-2030.txt');
    });

    it(`GIVEN tolls of 2029, 2030 and 2031 (${name}) WHEN the toll of 2029 and 2030 is asked THEN no count of 2031`, () => {
      const { answer } = ask(indexOf(), 'how many protesters were killed in Korran in 2029 and 2030?');
      expect(answer.text.split('“')[0]).not.toMatch(/\b12\b/);
      if (answer.answered) expect(['korran-2029.txt', 'korran-2030.txt']).toContain(answer.citations[0]?.file);
    });

    it(`GIVEN no toll of 2033 (${name}) WHEN the toll of 2033 is asked THEN none of the other years' counts`, () => {
      const { answer } = ask(indexOf(), 'how many protesters were killed in Korran in 2033?');
      expect(answer.text.split('“')[0]).not.toMatch(/\b(?:57|143|12)\b/);
    });
  }
});
