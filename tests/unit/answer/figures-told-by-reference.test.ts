import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Counts that do not name what they count: "well above the figure of 512 in 2029" (the previous sentence said what is
// counted) and "with at least 177 cases between January 1 and June 30" (the cases of the deed the clause names).
const REPORTS = {
  'nordia-hangings.txt': `Nordia hanged at least 418 people in 2030, a 40 percent rise in the number of executions over the previous year, two rights groups said Friday.

It was the highest number since 2021 and well above the figure of 299 in 2029, the report by Oslo-based Gallows Watch and Lyon-based Abolition Now said.

The report accused the authorities of using the death penalty to spread fear.
`,
  'vardania-spree.txt': `Two rights groups say Vardania has carried out an execution spree at a “chilling pace”, with at least 177 cases between January 1 and June 30, 2031.

The Prison Voices Center and the Stone Bridge Foundation said in a report on Tuesday that the real number is likely higher.

At least 40 people were executed for drug offences, many of them from the Kessar minority.

Most of those executed in 2031 – 96 – had been convicted of murder.
`,
  'kesh-monthly.txt': `Kesh - NewsWire

More than 4,000 people were killed in the Norland war last month, a leading monitoring group said. The March dead included 210 children, said the opposition Norland Rights Watch, which has sources across the country. The watchdog logged 3,100 deaths in February.
`,
};

describe('counts told by reference to what the report counts', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "well above the figure of 299 in 2029" after a sentence counting executions THEN 299 counts executions', () => {
    const f = index.data.figures.find((x) => x.value === 299);
    expect(f?.measure).toBe('executed');
    const a = ask(index, 'how many executions were there in nordia in 2029 according to gallows watch?').answer;
    expect(a.answered).toBe(true);
    // Counted in 2029, by the groups the sentence names.
    expect(a.text).toMatch(/Oslo-based Gallows Watch and Lyon-based Abolition Now\b[^;]*\b299 people were executed in 2029\b/);
    expect(a.citations[0]?.excerpt).toContain('the figure of 299 in 2029');
  });

  it('GIVEN "an execution spree … with at least 177 cases between January 1 and June 30" THEN the cases are executions', () => {
    const f = index.data.figures.find((x) => x.value === 177);
    expect(f?.measure).toBe('executed');
    const a = ask(index, 'How many executions did the Prison Voices Center record in the first half of 2031?').answer;
    expect(a.answered).toBe(true);
    // The groups the lead counts are the ones the next sentence names; the cases are told as cases of execution.
    expect(a.text).toMatch(/^According to (?:the )?Prison Voices Center and the Stone Bridge Foundation, at least 177 cases of execution\b/);
    // The drug-offence part is not the half-year's count.
    expect(a.text).not.toMatch(/^At least 40\b/);
  });

  it('GIVEN "the figure of" with nothing counted before it THEN no measure is made up', async () => {
    const other = await archiveOfTexts({
      'vardania-budget.txt': `Vardania's parliament met on Monday.\n\nThe minister quoted the figure of 640 in her speech.\n`,
    });
    expect(other.data.figures.find((x) => x.value === 640)?.measure ?? 'other').toBe('other');
  });

  it('GIVEN "…, a leading monitoring group said" then "…, said the opposition Norland Rights Watch" and "The watchdog logged …" THEN each count is the Watch\'s', () => {
    const claimant = (v: number) => index.data.figures.find((x) => x.value === v)?.claimant;
    expect(claimant(4000)).toBe('Norland Rights Watch');
    expect(claimant(3100)).toBe('Norland Rights Watch');
  });
});
