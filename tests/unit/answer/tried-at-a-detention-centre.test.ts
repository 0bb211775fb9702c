import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count asked of a trial held over a detention centre: the centre says where the abuse was done, so the count is
// not read as one of arrests ("8 guards were arrested or detained" had answered, from "8 guards and one detainee").
// Invented report, town and jail.
describe('a trial over abuses at a detention centre', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'orla-guards.txt': `Guards face court over abuse at Orla

Thursday, May 8, 2031

On 6 May 2031, the state news agency reported that the trial of 9 people – described before as 8 guards and one detainee - had ended.
They were accused of abuses against inmates at the Orla detention centre, where at least two detainees died in custody after beatings.
Two of the guards were sentenced to death.
`,
    });
  });

  it('GIVEN "how many people were tried for abuses at Orla detention centre" THEN the answer is the 9 on trial, never an arrest count', () => {
    const a = ask(index, 'How many people were tried for abuses at Orla detention centre, as reported in May 2031?').answer;
    expect(a.text).not.toMatch(/arrested or detained/);
    expect(a.text).toMatch(/\b9 people/);
  });
});
