import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Words an aide says for a leader are the aide's: asked as the leader's own, the engine abstains.
const REPORTS = {
  'quarn.txt': `Opposition raises its toll in Quarn
Published: 12 October 2034 | Plains Herald

A spokesman for exiled opposition chief Ilya Dorsk said on Monday that 41 people had died in the autumn unrest, up from 37 a month before.
Police in Quarn gave no figure of their own.
`,
  'velt.txt': `Velt mayor speaks on the flood
Published: 2 November 2034 | Plains Herald

Mayor Oona Brandt said the river defences "held better than anyone hoped" and promised new pumps before winter.
`,
};

describe('words said for a leader by an aide are not the leader\u2019s', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a spokesman for Dorsk spoke WHEN what Dorsk said about the toll is asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'what did dorsk say abt the death toll');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the mayor spoke herself WHEN what Brandt said about the defences is asked THEN her words answer', () => {
    const { answer } = ask(index, 'what did oona brandt say about the river defences');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/held better/);
  });
});
