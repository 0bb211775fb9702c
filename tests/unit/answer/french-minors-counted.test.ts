import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French count of minors («dont 19 enfants», «mineurs») says those counted were minors, as "children" does: asked in
// English how many children were among the dead, the French count of children answers. Report and numbers invented.
const REPORTS = {
  'korlan-repression.txt': `Korlan : la répression s'intensifie

Le Courrier des Hauts

Selon le Comité Vardane, au moins 212 manifestants, dont 19 enfants, ont été tués sous les tirs de la garde depuis le début de la révolte à Korlan.
`,
};

describe('French words for minors', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «au moins 212 manifestants, dont 19 enfants» WHEN asked in English how many children THEN 19 is given', () => {
    const a = ask(index, 'how many children were among the 212 protesters killed in Korlan?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/19 enfants/);
  });
});
