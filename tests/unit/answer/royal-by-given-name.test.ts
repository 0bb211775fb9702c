import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Royals are written by title and given name alone ("Prince Aron (youngest son of …)") as well as in full ("Prince
// Aron Varo"): asked by the full name, the role given beside the short form is theirs.
const REPORTS = {
  'orvel-visit.txt': `Royal guests at the Orvel town hall
Orvel Daily

Queen Ilse Varo and her grandson Prince Aron (youngest son of Crown Prince Mikel Varo) were guests of the Orvel town hall on June 2.

Prince Aron Varo laid a wreath at the memorial to the flood victims before the reception.
`,
};

describe('a royal written by the given name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "her grandson Prince Aron (youngest son of Crown Prince Mikel Varo)" WHEN who Prince Aron Varo is asked THEN the role in brackets', () => {
    const { answer } = ask(index, 'who is prince aron varo?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/youngest son of Crown Prince Mikel Varo/);
  });
});
