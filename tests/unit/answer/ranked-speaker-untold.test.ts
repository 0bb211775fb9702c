import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who gave the keynote address?" picks one speaker by a rank. A report naming two councillors who spoke, and no
// keynote, does not tell who gave it: the councillors are not the answer.
const REPORTS = {
  'tarnholm-rally.txt': `Exiles fill the harbour square of Tarnholm
Published by the Northern Exile Bulletin, 4 May 2031

Several hundred exiles from the Valdor coast gathered in the harbour square of Tarnholm on Saturday, May 3, 2031.

Councillors Vera Lind and Oskar Brem spoke in support of the exiles and their wish for free elections at the Tarnholm rally.

Ms. Lind said in her speech: We stand beside you until the prisons of Valdor are empty.
`,
};

describe('a speaker asked by rank', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report naming speakers and no keynote WHEN asked who gave the keynote address THEN no speaker is named', () => {
    const { answer } = ask(index, 'Who gave the keynote address at the Tarnholm rally?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Lind|Brem/);
  });

  it('GIVEN the same report WHEN asked which councillors spoke THEN both are named', () => {
    const { answer } = ask(index, 'Which councillors spoke at the Tarnholm rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lind/);
  });
});
