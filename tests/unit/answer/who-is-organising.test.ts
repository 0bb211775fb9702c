import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who is organising the march?" asks the doer of a deed under way, as "who organised the march?" does; it is not
// "who is <person>?" asking a role.
const REPORTS = {
  'notice.txt': `Exiles to march by the Old Lighthouse
Published: 2 August 2047 | Kessel Post

Tarvel exiles are planning a large march by the Old Lighthouse in Kessel on Sunday, asking the government to expel the junta's envoys.

The march is being organised by the Tarvel Freedom League and some 40 exile clubs from across the north.
`,
};

describe('who is organising', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a march "being organised by" a league WHEN who is organising it is asked THEN the league', () => {
    const { answer } = ask(index, 'Who is organising the march by the Old Lighthouse?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Tarvel Freedom League/);
  });
});
