import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "Who led the delegation?" against "X headed the delegation": leading and heading are one deed. */
const REPORTS: Record<string, string> = {
  'summit.txt': `Exiles gather in Kastel for the annual summit

KASTEL — Thousands of exiles gathered on Saturday at the Kastel Congress Hall for the annual summit of the Vardanian opposition.

Former Brenn Mayor Ilse Varga headed the Norlandic delegation to the summit.
`,
};

describe('who led a delegation', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Ilse Varga headed the Norlandic delegation" THEN she led it', () => {
    const a = ask(index, 'Who led the Norlandic delegation at the Kastel summit?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Ilse Varga/);
  });
});
