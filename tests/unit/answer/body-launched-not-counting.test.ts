import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many senators took part in the event launching the Friends of Varnia Committee?": the committee is what the
 * event launched, not who counts; a figure whose sentence names another body (who attended remotely) still answers.
 * Asked as the teller ("how many has the committee counted"), another body's figure is still refused.
 */
const REPORTS: Record<string, string> = {
  'kessel-senate.txt': `date 2031-02-10 KESSEL: Velan senators have set up the Friends of Varnia Committee.

The initiative, proposed by Sen. Oren Malt of the Harbour Party, was presented at a meeting in the Velan Senate.

Fourteen senators from every party took part in the meeting, which the head of the Varnese Exiles Union, Ida Rell, followed online.
`,
};

describe('a body named as what an event launched', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Fourteen senators … took part in the meeting" THEN it counts the senators at the launch of the committee', () => {
    const a = ask(index, 'How many senators took part in the Kessel event launching the Friends of Varnia Committee?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Fourteen|14/i);
  });

  it('GIVEN the same THEN a count asked of the committee as teller is not the senators', () => {
    const a = ask(index, 'How many victims has the Friends of Varnia Committee counted?').answer;
    expect(a.answered && /Fourteen|14/i.test(a.text.split('“')[0] ?? '')).toBe(false);
  });
});
