import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report on a raid on an exile camp, with a foreign minister named with her middle name ("Dana Reyes Whitcombe").
// Asked what "Dana Whitcombe" said about the raid, the bot quotes her: the name asked without its middle name is the
// one the report writes whole (it declined, as if the report never named her).
const REPORTS = {
  'camp.txt': `Clashes go on at exile camp stormed by Marsh troops
By Lena Ostrova
Harbour Wire
Thursday, July 30, 2031

OSTRA, July 29 -- Clashes went on for a second day between Marsh troops and residents of Camp Ostra, which the troops stormed on Tuesday.

At least eight residents have been killed and 400 hurt since Tuesday, camp leaders said.

In Velm, Foreign Minister Dana Reyes Whitcombe described the raid as a lawful act by a sovereign state.

Whitcombe said the Marsh government had promised that the residents would be treated humanely.

Protesters gathered in Velm on Wednesday to condemn the raid.
`,
};

describe('words about a raid asked of a person without her middle name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "In Velm, Foreign Minister Dana Reyes Whitcombe described the raid …" WHEN asked "What did Dana Whitcombe say about the raid?" THEN her words', () => {
    const { answer } = ask(index, 'What did Dana Whitcombe say about the raid?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Dana Reyes Whitcombe/);
    expect(answer.text).toMatch(/lawful act by a sovereign state|treated humanely/);
  });
});
