import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A sentence that ends on the deed asked ("The police reported of a "largely quiet" march."): the reader looks for its
// doer after the word and finds the sentence's end, no title and no name. Asked who organised the march, the answer
// is the organiser the report names; the bot never fails with an internal error.
const REPORTS = {
  'orvel-march.txt': `Exiles march through Orvel
May 2, 2037

About two hundred exiles marched through the centre of Orvel on Friday to back the prisoners of Kessia.
The march was organised by the Orvel Kessian Association.
The police reported of a "largely quiet" march.
`,
};

describe('a deed word closing its sentence', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a sentence ending on "march" WHEN who organised the march is asked THEN the organiser, not an internal error', () => {
    const { answer } = ask(index, 'Who organised the march through Orvel in solidarity with the prisoners?');
    expect(answer.text).not.toMatch(/internal error/i);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/organised by the Orvel Kessian Association/);
  });
});
