import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Hosted by the Rights Circle, a second meeting took place": asked "who hosted the second meeting?", the body named
 * after "by" is the host. The meeting beside it is what was hosted, no person a deed befell, so the answer is not declined
 * as naming the one it was done to.
 */
const REPORTS: Record<string, string> = {
  'lindau.txt': `Lindau town hall remembers the Kessel prisoners

The Municipality of Lindau held an exhibition at its town hall on 3 March 2019 to remember the prisoners of Kessel.

Invited by Marta Quell, Mayor of Lindau, the conference was jointly sponsored by the Lindau Rights Circle. Several lawyers spoke.

Hosted by the Lindau Rights Circle, a second meeting took place in April.
`,
};

describe('a gathering hosted by a body named before it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Hosted by X, a second meeting …" THEN X hosted the second meeting', () => {
    const a = ask(index, 'who hosted the second meeting?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Lindau Rights Circle');
    expect(a.citations.map((c) => c.excerpt).join(' ')).toContain('Hosted by the Lindau Rights Circle');
  });
});
