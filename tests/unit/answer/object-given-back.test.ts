import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The one a deed was done to is never given as its doer.
const REPORTS = {
  'orsk-hanging-notice.txt': `Orsk hangs a second striker

Orsk courts on Friday hanged 24-year-old dock worker Aram Vell for joining the strike that followed the death of Lise Orn, according to the state news service Northwire.

Rights groups said Vell had been denied a lawyer since his arrest in March 2025.
`,
};

describe('the object of a deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Orsk courts … hanged … Aram Vell" THEN "who hanged Aram Vell?" never names Aram Vell', () => {
    const a = ask(index, 'Who hanged Aram Vell?').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/Aram Vell|Vell/);
  });
});
