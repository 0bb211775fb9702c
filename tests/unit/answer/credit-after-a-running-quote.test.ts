import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An invented report quotes a rights centre over two sentences, its toll in the first and its name only after the
// quote closes at the end of the second. The toll is the centre's, and the answer says so.
const REPORTS = {
  'brask.txt': `Rights centre says children among the dead in Brask

Published July 8, 2035

Security units fired on crowds in several towns of Brask over the weekend, witnesses said.

"At least 64 people, among them nine children, have been killed since the marches began. Most of the deaths were in the southern hills," the Brask Human Rights Centre said on Sunday.

The government has denied that live rounds were used.
`,
  'other.txt': `Officials in Brask give lower figure

July 9, 2035

Officials in the Brask interior ministry said 20 people had died in the unrest, among them eleven police officers.
`,
};

describe('a figure in a quote that runs on past its sentence is credited to the body named after it (probe53)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the centre\'s two-sentence quote WHEN asked how many children were killed according to its initials THEN nine, credited to the centre', () => {
    const { answer } = ask(index, 'how many children had been killed according to BHRC?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/nine children/i);
    expect(answer.text).toContain('according to Brask Human Rights Centre');
  });

  it('GIVEN the same reports WHEN asked by the centre\'s name THEN the answer credits it', () => {
    const { answer } = ask(index, 'how many children had been killed in Brask according to the Brask Human Rights Centre?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('according to Brask Human Rights Centre');
  });
});
