import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "The forum was organised by the Coastal Friends of Free Ports and brought together members of the Varna Assembly":
// the name after "by" did the deed, whatever its head word ("Friends", "Supporters"); the assembly named later in the
// sentence organised nothing.
const REPORTS = {
  'lindau-forum.txt': `Forum in Lindau marks the harbour strike

On Friday, March 7, a forum was held in the Lindau town hall to mark the second anniversary of the harbour strike.

The forum was organised by the Coastal Friends of Free Ports and brought together several members of the Varna Assembly to honour the dockers who lost their jobs.
`,
};

describe('a doer named after "by"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a forum organised by a body with an uncommon head word WHEN asked who organised it THEN that body, not the assembly', () => {
    const { answer } = ask(index, 'Who organised the forum in Lindau?');
    const named = answer.text.split('“')[0] ?? '';
    expect(named).not.toMatch(/Varna/);
    expect(named).toMatch(/Coastal Friends of Free Ports/);
  });
});
