import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Reports that never state their year but give days with their weekdays ("Saturday, September 17"): the weekday fits
// only some years (2011, 2016, 2022 for that one). A year asked that no weekday fits is another year's; a year that
// fits is one the archive may hold, and the refusal must not claim otherwise.
const REPORTS = {
  'tabriz-students.txt': `Protests spread to Tabriz

Students marched through the centre of Tabriz on Friday, September 16, two days after the arrest of a young teacher.
Police arrested 40 students at the university gate on Saturday, September 17, witnesses said.
`,
  'qazvin-vigil.txt': `Vigil in Qazvin

Qazvin Evening Post

Qazvin, Friday, September 16 – Families gathered outside the court in Qazvin on Friday.
`,
  'lyon-vigil.txt': `Vigil in Lyon

Lyon Courier

Lyon, March 3, 2019 – Exiles held a vigil on the Place Bellecour for prisoners in Iran.
`,
};

describe('years of reports known only by their weekdays', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN days whose weekdays fit 2022 and a count asked for September 2022 THEN the count is given', () => {
    const a = ask(index, 'how many students were arrested in Tabriz in September 2022?').answer;
    expect(a.text).toMatch(/\b40 students\b/);
  });

  it('GIVEN the same report and a count asked for 2021, which no weekday fits THEN no count is given from it', () => {
    const a = ask(index, 'how many students were arrested in Tabriz in 2021?').answer;
    expect(a.text).not.toMatch(/\b40\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN a dateline "Friday, September 16" and a year its weekday fits THEN the refusal never says the archive has nothing from that year', () => {
    const a = ask(index, 'who spoke at the vigil in Qazvin in 2016?').answer;
    expect(a.text).not.toMatch(/nothing from 2016/);
  });
});
