import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "ok and how many dead did DBC report in the 2030-31 protests?": "2030-31" is a span of two years written short
 * (not the year 2030 and a figure 31), and "ok" opens a chat line, no word a report must hold.
 */
const REPORTS: Record<string, string> = {
  'dorsan-protests.txt': `Casualties and Arrests Mount As Dorsan Protests Continue
At least 17 people have been killed and hundreds arrested since a wave of protests hit several Dorsan towns on December 29, 2030.
The Velmar Rights Centre has learned of nearly 80 arrests in Quillan and at least 15 others in Brevik.
General Aram Tesk, a spokesman for the Dorsan Guard, said on January 2, 2031 that the police needed no help.
The state-funded Dorsan Broadcasting Corporation (DBC) reported on January 2 that at least 23 people were killed in the towns of Quillan, Brevik and Anselt.
`,
};

describe('a span of two years written short', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the 2030-31 protests" THEN the question spans both years and states no figure 31', () => {
    const i = understand('how many dead did DBC report in the 2030-31 protests?', index);
    expect(i.slots.range?.from).toBe('2030-01-01');
    expect(i.slots.range?.to).toBe('2031-12-31');
    expect(i.analysis.numbers).not.toContain(31);
  });

  it('GIVEN "ok and how many dead did DBC report in the 2030-31 protests?" THEN the broadcaster’s 23', () => {
    const a = ask(index, 'ok and how many dead did DBC report in the 2030-31 protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/23/);
  });
});
