import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A list under a colon, one bullet a line: a name with its role after a comma, two names joined by "and" with their
// party, a title closed by a name, and a guest of no office.
const REPORTS = {
  'kessa-quay.txt': `Fishermen gather on the Kessa quay to back the harbour strike

Fishermen and their families gathered on the Kessa quay on Saturday in support of the harbour strike.

Among the guests on the quay were:

  • Ada Vinter, President of the Coastal Socialist group
  • Piet Moller and Hanna Sorel from the Harbour party
  • Former Secretary of State for Fisheries Karl Dunst
  • The harbour baker Ole Brant

The strike has kept the ferries in port for nine days.
`,
};

describe('guests listed one bullet a line', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two names on one line and a title closed by a name WHEN asked which politicians were there THEN all of them are listed', () => {
    const { answer } = ask(index, 'Which politicians were at the fishermen gathering on the Kessa quay?');
    expect(answer.answered).toBe(true);
    for (const name of ['Ada Vinter', 'Piet Moller', 'Hanna Sorel', 'Karl Dunst']) expect(answer.text).toContain(name);
  });

  it('GIVEN a guest of no office on the list WHEN asked which politicians were there THEN that guest is not one', () => {
    const { answer } = ask(index, 'Which politicians were at the fishermen gathering on the Kessa quay?');
    expect(answer.text).not.toContain('Ole Brant');
  });
});
