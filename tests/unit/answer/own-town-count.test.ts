import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report on marches in two towns: the capital's counts come first ("in the capital", no name), the other town's
 * count later in a sentence naming it. Asked of that town, its own count answers, not the capital's, nor the
 * structured answer's march of the report that names no town.
 */
describe('a count asked of a town the report names as a place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'two-towns.txt': `Exiles march for a free Vardania

Marsh Courier

May 12, 2031

A few thousand people marched on Sunday to back the uprising in Vardania. The day before, a silent march called by left-leaning exile groups had been attended by 700 people in the capital, according to the police.

On Sunday, 2,000 people, according to the police, marched from the Old Arsenal to the Tide Gardens.

In Dallin, some 250 people assembled around a giant flag of the old republic in the town centre, the Harbour Press Agency reported.
`,
    });
  });

  it('GIVEN "dallin vardania rally may 2031 how many showed up" THEN the count of the sentence naming Dallin', () => {
    const a = ask(index, 'dallin vardania rally may 2031 how many showed up').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/250/);
    expect(a.text).not.toMatch(/\b700\b/);
  });

  it('GIVEN the silent march asked THEN its own count still answers', () => {
    const a = ask(index, 'how many people joined the silent march in the capital the day before?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b700\b/);
    expect(a.text).not.toMatch(/\b250\b/);
  });
});
