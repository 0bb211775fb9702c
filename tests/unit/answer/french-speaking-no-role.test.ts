import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "prendront la parole" (will speak) holds "parole", a word of "porte-parole" (spokesperson) only after "porte": the
// clause announcing speakers is nobody's role.
const REPORTS = {
  'dunmoor-orateurs.txt': `Rassemblement des exilés à Dunmoor

Dunmoor, 3 avril 2035 – Plusieurs orateurs prendront la parole, dont Marcus T. Halden, membre du Sénat de Norvanie (2001-2009) et fils de feu le juge Olav Halden.
`,
};

describe('speaking is no role, in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "prendront la parole, dont X" WHEN asked who X is THEN the announcing clause is not given as his role', () => {
    const a = ask(index, 'Qui est Marcus T. Halden ?').answer;
    expect(a.text).not.toMatch(/prendront la parole/);
  });
});
