import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where did the pair hide the cash?" asks where a thing was hidden: a report telling only where the pair were
// arrested never tells it; one telling where it was hidden does.
const REPORTS = {
  'smugglers-caught.txt': `Two smugglers caught with forged banknotes
By Oskar Velt
Lindmark Gazette, 9 May 2031

Customs officers detained a married pair from Orvale close to Tamsby on Friday, holding 40,000 forged kroner and a printing plate.

A judge in Tamsby will hear the charges next month, the prosecutor's office told reporters.
`,
  'poachers-found.txt': `Poachers admit to hiding ivory
By Greta Holm
Lindmark Gazette, 12 June 2031

Two brothers from Kavel admitted they hid the tusks under a barn floor in Ruskvik before a buyer could collect them.
`,
};

describe('where a thing was hidden', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report of an arrest only WHEN "where did the pair hide the banknotes" THEN not in the archive, no town of the arrest', () => {
    const { answer } = ask(index, 'where did the pair hide the forged banknotes');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/^Tamsby/);
  });

  it('GIVEN a report telling where the tusks were hidden WHEN asked THEN it answers from that sentence', () => {
    const { answer } = ask(index, 'Where did the brothers hide the tusks?');
    if (answer.answered) expect(answer.citations[0]?.excerpt).toMatch(/hid the tusks/);
  });
});
