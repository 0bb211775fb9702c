import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Checks of the last two merges that declined answers their reports give (found by a second read of those merges):
// each case below is a report of the genre in invented words where the check had gone too far.
const REPORTS = {
  'vosk.txt': `Thousands march in Vosk
Published: 3 November 2032 | Northern Wire

Karl Brun, a police spokesman, told AFP that 12,000 people took part in the march through Vosk on Saturday.
`,
  'amnesty.txt': `Rights group warns of more hangings
Published: 8 February 2033 | Exile Voice

Lantern Rights warned on Tuesday that at least nine prisoners in Varn are at imminent risk of execution after summary trials.
`,
  'marat.txt': `Protest in the Kessa countryside
Published: 15 March 2033 | Levant Monitor

Hundreds of protesters gathered in the town of Marat, in the Kessa countryside, to demand the release of detainees.
`,
  'custody.txt': `Vigil for a student in Orsk
Published: 2 May 2033 | Orsk Herald

About 300 people held a vigil in Orsk for a student who died in police custody, the Orsk Herald reported.
`,
};

describe('checks of the last merges kept to what they are for (second read)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Karl Brun, a police spokesman, told AFP" WHEN who told AFP the figure is asked THEN Karl Brun', () => {
    const { answer } = ask(index, 'Who told AFP that 12,000 people took part?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Karl Brun');
  });

  it('GIVEN a warning of executions WHEN what the group said about fears of new executions is asked THEN its warning answers ("fears" a noun, no verb asked)', () => {
    const { answer } = ask(index, 'What did Lantern Rights say about fears of new executions?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('imminent risk');
  });

  it('GIVEN a town "in the Kessa countryside" WHEN where protesters gathered in the Kessa suburbs is asked THEN the town answers', () => {
    const { answer } = ask(index, 'Where did the protesters gather in the Kessa suburbs?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Marat');
  });

  it('GIVEN a count told by a paper about a death "in police custody" WHEN the count according to the paper is asked THEN it answers (no police count)', () => {
    const { answer } = ask(index, 'How many people held the vigil in Orsk, according to the Orsk Herald?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b300\b/);
  });
});
