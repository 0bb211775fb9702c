import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count of what happened in one side's jails or ground is not the other side's.
const REPORTS = {
  'kessa-war-toll.txt': `Kessa war monitor: 210,000 dead in nine years

The Kessa Civil Watch (KCW) said on Tuesday that more than 210,000 people had died in nine years of war in Kessa.

Of the more than 210,000 dead, some 31,000 were put to death in Kessan government jails.

A further 9,400 civilians were killed by shelling on rebel-held districts of the north.
`,
};

describe('the side of a war asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the toll of those put to death is of government jails THEN the toll in rebel jails is not answered with it', () => {
    const a = ask(index, 'How many were put to death in rebel jails, per KCW?').answer;
    expect(a.text).not.toMatch(/31,000/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the toll of those put to death is of government jails THEN asked of government jails it answers', () => {
    const a = ask(index, 'How many were put to death in government jails, per KCW?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/31,000/);
  });
});
