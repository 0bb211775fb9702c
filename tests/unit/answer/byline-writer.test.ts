import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who wrote the … article?" is answered by the byline of the report it describes, which no sentence of the report
// tells. An outlet the question names must be the report's (written, or by its initials); a report with no byline
// gives no writer.
const REPORTS = {
  'kessa-strike.txt': `Dock strike spreads along the Kessan coast
By LENA MARVIK, Harbour News Agency
Published: May 4, 2031

ARLEN — Dock workers in six ports stopped work on Monday over unpaid wages, union leaders said, and some 1,800 joined a march to the port authority's offices in Arlen.
`,
  'tarn-vigil.txt': `Candles for the Tarn miners
Coast Courier

TARN (Coast Courier) -- About 400 people held a vigil on Saturday for the eleven miners killed in the Tarn pit collapse.
`,
};

describe('the writer of a report', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report with a byline in capitals WHEN "who wrote the HNA report on the dock strike?" THEN Lena Marvik', () => {
    const { answer } = ask(index, 'Who wrote the HNA report on the dock strike?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Lena Marvik/);
    expect(answer.citations[0]?.title).toMatch(/Dock strike/);
  });

  it('GIVEN a report with no byline WHEN "who wrote the Coast Courier article on the Tarn vigil?" THEN no writer is named', () => {
    const { answer } = ask(index, 'Who wrote the Coast Courier article on the Tarn vigil?');
    expect(answer.text).not.toMatch(/Marvik/);
  });

  it('GIVEN the same reports WHEN "who wrote the Coast Courier article on the dock strike?" THEN not Lena Marvik: the outlet is another', () => {
    const { answer } = ask(index, 'Who wrote the Coast Courier article on the dock strike?');
    expect(answer.text).not.toMatch(/Marvik/);
  });
});
