import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "how many executions Valdor carried out in 2030", "how many raids did the police conduct": the verb only does the
// deed its noun names; a report writes "612 executions in 2030" without it, and that answers.
const REPORTS = {
  'valdor-report.txt': `Annual report on the death penalty in Valdor

By Dana Roe, Orvel Courier
March 5, 2031

The group counted 612 executions in 2030, a fifth more than the year before.
`,
};

describe('a light verb of a counted deed', () => {
  it('GIVEN "carried out", "conduct" in a count question THEN they are no words the report must hold', () => {
    const focus = (q: string) => analyseQuestion(q).terms.filter((t) => t.part === 'focus').map((t) => t.fold);
    expect(focus('any idea how many executions Valdor carried out in 2030')).toEqual(['executions']);
    expect(focus('how many raids did the police conduct in Orvel')).not.toContain('conduct');
  });

  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a count of executions WHEN how many executions were carried out is asked THEN the count', () => {
    const { answer } = ask(index, 'any idea how many executions Valdor carried out in 2030');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/612/);
  });
});
