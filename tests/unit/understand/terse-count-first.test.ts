import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "executions since march per the league?": a terse question naming the counted thing first asks how many. */
const REPORTS: Record<string, string> = {
  'league-statement.txt': `League condemns wave of executions in Vardania

The Vardanian Rights League said in a statement on Monday that the authorities had executed more than 140 people since the beginning of March.
`,
};

describe('a terse count named first', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each([
    ['executions since march per the league statement?', 'how many executions since march per the league statement?'],
    ['arrests in kessel after the vigil', 'how many arrests in kessel after the vigil?'],
  ])('GIVEN "%s" THEN it is read as "%s"', (q, read) => {
    expect(cleanQuestion(q)).toBe(read);
  });

  it.each(['executions are rising in vardania', 'arrests, injuries and deaths in kessel'])('GIVEN "%s" THEN it is left as it is', (q) => {
    expect(cleanQuestion(q)).toBe(q);
  });

  it('GIVEN "executions since march per the league statement?" THEN the league\'s figure is given', () => {
    const a = ask(index, 'executions since march per the league statement?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/140/);
  });
});
