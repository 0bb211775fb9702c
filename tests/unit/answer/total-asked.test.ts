import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "whats the Grenholm Monitor total for people killed …": "total" asks a count, as "how many" does. It is no word a
 * report must hold: the sentence "A total of 4,210 members of armed groups have also been killed" is a part of the
 * toll, not the total asked.
 */
const REPORTS: Record<string, string> = {
  'dornvale-toll.txt': `Dornvale: more than 20,000 killed in six years of war, monitor says

More than 20,000 people have been killed in six years of war in Dornvale, the Grenholm Monitor said on Monday.

Of them, 9,112 were civilians, the monitor said.

A total of 4,210 members of armed groups have also been killed, it added.
`,
};

describe('a total asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "whats the … total for people killed" THEN a count question answered by the toll, not by "a total of 4,210 members"', () => {
    const a = ask(index, 'whats the Grenholm Monitor total for people killed in six years of the dornvale war?').answer;
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('howmany');
    expect(a.text).toMatch(/^More than 20,000 people/);
  });
});
