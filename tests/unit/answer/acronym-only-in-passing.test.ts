import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report that writes the body asked only in passing (a party to a pact, a former adviser's post), never as the one
// telling a count, gives its uncredited count as its own: asked as that body's toll, the engine abstains. A report
// that has the body tell a count, in any order of the sentence, still answers.
const REPORTS = {
  'selvar.txt': `Exiles mourn the dead of the Selvar camp

The Selvar camp, home to the exiles of the Dawn Front, was attacked on 3 May 2035 by a militia, which resulted in 41 deaths and nine members being carried off.

The camp was meant to be safe under a pact signed by the Korvan government, the UN and the Front.

A former UN adviser on the camp, Ilse Varga, spoke to lawmakers in Rome about the siege a week later.
`,
  'brenna.txt': `Shelling of the Brenna camp

Shells hit the Brenna camp on 9 June 2035. The Brenna Watch for Exile Rights in the region (BWER) announced on Monday that 17 people were killed in the shelling.
`,
};

describe('a body named only in passing gives no count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the UN is only a party to a pact in the report WHEN the toll the UN gave for Selvar is asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'What death toll did the UN give for the May 2035 attack on the Selvar camp?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/\b41\b/);
  });

  it('GIVEN the same report WHEN its dead are asked by the UN in other words THEN the engine abstains', () => {
    const { answer } = ask(index, 'how many died at Selvar camp according to the UN');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the body is written announcing the toll WHEN its toll for Brenna is asked THEN the count answers', () => {
    const { answer } = ask(index, 'What death toll did BWER give for the shelling of the Brenna camp?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/17/);
  });
});
