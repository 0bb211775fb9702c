import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Who someone is, on a live blog written for these tests: the question names the person first and asks "who is he
 * exactly?" after; the post opens with a time stamp whose day could be read either way round; the title belongs to
 * a body written in lower case before it and in full earlier in the sentence.
 */
const REPORTS: Record<string, string> = {
  'liveblog.txt': `LIVE: Protests in Vardania

3/2/2021 5:10 p.m. -- Ostrov University has set up a panel to trace students who were detained during the recent protests, university Vice Rector Pavel Lenk told the VNA agency.

3/2/2021 6:25 p.m. -- Riot police fired tear gas at marchers demanding free elections in the capital, witnesses said.
`,
  'lyon-march.txt': `Thousands march in Lyon for Vardania

Thousands of exiles marched in Lyon on Saturday, June 12, 2021, calling for elections in Vardania. Speakers at the march included Paul Dorne, coordinator of the Campaign for Vardanian Change, and several mayors.
`,
};

describe('the reader tells who someone is', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN "X was quoted about …, who is he exactly?" on a post stamped "3/2/2021 5:10 p.m." THEN his title is given with the body it belongs to', () => {
    const a = answer('Pavel Lenk was quoted about detained students in march 2021, who is he exactly?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Pavel Lenk: university Vice Rector \(Ostrov University\)/);
  });

  it('GIVEN "at the Lyon Free Vardania march" THEN Lyon is where it was; "Free" and "Vardania" name the march, so the report on Lyon answers', () => {
    const a = answer("what's Paul Dorne's role? he was among the speakers at the Lyon Free Vardania march in June 2021");
    expect(a.answered).toBe(true);
    expect(a.text).toContain('coordinator of the Campaign for Vardanian Change');
  });
});
