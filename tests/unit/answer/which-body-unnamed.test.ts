import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which court upheld …?": a sentence that never names a court is no answer, however closely it tells the deed.
const REPORTS = {
  'appeal.txt': `Treml loses his appeal

New ruling on Ostranian Oskar Treml today

Today, the Norra Court of Appeal confirmed the ruling against Oskar Treml, who was jailed last spring for the Kellmar killings.

Oskar Treml’s conviction is upheld.

“The families waited decades for this,” said Mina Roll of the Kellmar Families League.
`,
};

describe('a which-question asking a body answered by a passage naming none', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no court named WHEN which court upheld the conviction is asked THEN the engine abstains', () => {
    const a = ask(index, "Which court upheld Oskar Treml's conviction on appeal?").answer;
    expect(a.answered).toBe(false);
  });
});
