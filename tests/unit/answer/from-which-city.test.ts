import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Exiles rode in buses and cars from Selby to Harnby (a convoy only in the headline); another report tells of a march in Dunmore and names no town anyone
// came from. Asked "from which town did … drive / come", the bot names the town after "from", never a town a sentence
// names for something else (the strike at home in Varn).
const REPORTS = {
  'harnby-convoy.txt': `Exiles' convoy drives from Selby to Harnby for strike rally

HARNBY (Radio Harn) — Varnian exiles rode in buses and cars from Selby to Harnby on Sunday, where they marched past the town hall in support of the striking miners.

In Varn on Sunday, more walkouts took place at several shafts.
`,
  'dunmore-march.txt': `Exiles march through Dunmore
Dunmore Post

Several hundred Varnian exiles marched through Dunmore on Saturday behind a banner of the miners' union.

In Varn, the strike entered its third week as police broke up a picket at Osk.
`,
};

describe('from which town asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "rode in buses and cars from Selby to Harnby" WHEN asked from which town the convoy drove to Harnby THEN Selby', () => {
    const { answer } = ask(index, 'From which town did the convoy of exiles drive to Harnby?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split(' (according')[0]).toMatch(/Selby/);
    expect(answer.text.split(' (according')[0]).not.toMatch(/Varn\b|Harnby/);
  });

  it('GIVEN no town told as where the Dunmore marchers came from WHEN asked THEN never Varn nor Osk', () => {
    const { answer } = ask(index, 'From which town did the exiles travel to the Dunmore march?');
    if (answer.answered) expect(answer.text.split(' (according')[0]).not.toMatch(/Varn\b|Osk/);
  });
});
