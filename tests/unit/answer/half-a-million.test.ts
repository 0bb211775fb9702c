import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* A toll written as a share of a scale is answered as that share: "over half a million", never "a million". */
const REPORTS: Record<string, string> = {
  'velmora-war-toll.txt': `Velmora war toll passes half a million, monitor says

More than half a million people have been killed in eight years of war in Velmora, the Grenholm Monitor said on Monday.

The monitor said it had fully documented the deaths of 301,442 of them.
`,
};

describe('a toll written as a share of a scale', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "more than half a million people have been killed" WHEN asked how many were killed THEN more than half a million, not a million', () => {
    const a = ask(index, 'how many people have been killed in the Velmora war according to the Grenholm Monitor?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/half a million/i);
    expect(a.text).not.toMatch(/^(?:More than )?a million/i);
  });
});
