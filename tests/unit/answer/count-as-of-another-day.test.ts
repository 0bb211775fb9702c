import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A running count told up to one day ("By 23 May, some 91,000 … since 1 March") counts up to that day: a question
 * whose span ends on another day ("from March 1 to May 17") asks a count the report does not give.
 */
describe('a running count told up to another day than the one asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'valley-update.txt': `Relief update: the Orsk valley

date 2031-06-02 Shelling around the Orsk valley went on through May, aid groups said.

By 23 May, some 91,000 people had been displaced in the Orsk valley since 1 March 2031, of whom 6,000 were sleeping in the open.
`,
    });
  });

  it('GIVEN a count told "By 23 May" THEN "how many from March 1 to May 17" is declined', () => {
    const a = ask(index, 'How many people were displaced in the Orsk valley from March 1 to May 17, 2031?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/91,000/);
  });

  it('GIVEN a count told "By 23 May" THEN "how many by 23 May" is still that count', () => {
    const a = ask(index, 'How many people had been displaced in the Orsk valley by 23 May 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/91,000/);
  });
});
