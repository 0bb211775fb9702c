import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Counts compared across years ("412 executions in 2031, up from 288 in 2030"), a change told as a share ("rose by
// 43 per cent") and a share of a count ("more than 60% of the executions"): each answers its own question, and a
// count of a year is never given as the change, nor a share of another kind or another year.
const REPORTS = {
  'valdor-executions.txt': `Executions in Valdor rose sharply last year, rights group says
Published: 12 February 2032 | Meridian Wire

GENEVA (MW) — Executions in Valdor rose by 43 per cent in 2031 compared with the previous year, the Varn Human Rights Group said in its annual report on Tuesday.

The group recorded 412 executions in 2031, up from 288 in 2030. At least 14 of those executed were women, it said.

More than 60% of the executions were for drug-related offences, the report found.

"The authorities are using the death penalty to spread fear," said Ilse Marrow, the group's director.
`,
  'valdor-prisons.txt': `Valdor prisons overcrowded, monitors say
Published: 3 March 2032 | Lakeside Post

Women made up 9% of all prisoners held in Valdor in 2031, the Prison Monitors Network said.

A 20 per cent rise in arrests in 2029 filled the prisons, the network said.

Family visits to prisoners grew by 12 per cent in 2031, the network added.
`,
};

describe('a count compared across years, a change and a share', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "412 executions in 2031, up from 288 in 2030" WHEN the count of 2030 is asked THEN 288, never the 2031 count', () => {
    const { answer } = ask(index, 'how many executions in 2030?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b288 people were executed in 2030\b/);
    expect(answer.text.split('“')[0]).not.toMatch(/412/);
  });

  it('GIVEN "rose by 43 per cent in 2031" WHEN by how much executions rose is asked THEN the change, not the year\'s count', () => {
    const { answer } = ask(index, 'by how much did executions rise in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^43 per cent\b/);
    expect(answer.citations[0]?.file).toBe('valdor-executions.txt');
  });

  it('GIVEN the change told with "rose" WHEN asked with "go up" THEN the same change', () => {
    const { answer } = ask(index, 'how much did executions go up in 2031');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^43 per cent\b/);
  });

  it('GIVEN "more than 60% of the executions were for drug-related offences" WHEN what share were for drugs is asked THEN that sentence', () => {
    const { answer } = ask(index, 'what share of executions were for drug offences?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/60%/);
  });

  it('GIVEN "family visits to prisoners grew by 12 per cent in 2031" WHEN how much they grew is asked THEN the change, whatever form of the verb', () => {
    const { answer } = ask(index, 'how much did family visits to prisoners grow in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^12 per cent\b/);
  });

  it('GIVEN only "a 20 per cent rise in arrests in 2029" WHEN the rise of arrests in 2031 is asked THEN not answered with another year\'s change', () => {
    const { answer } = ask(index, 'by what percentage did arrests rise in 2031?');
    expect(answer.text).not.toMatch(/20 per cent/);
    expect(answer.answered).toBe(false);
  });
});
