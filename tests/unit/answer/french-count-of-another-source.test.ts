import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An answer that itself credits its count to another body than the one asked («12, according to autorités de la
// province» for «selon l'ONG Vigie Dorval») is not that body's count. Report, bodies and numbers are invented.
const REPORTS = {
  'dorval-bilan.txt': `La colère ne retombe pas à Dorval

La Gazette du Lac

Depuis le début de la révolte à Dorval, les militants de l'ONG Vigie Dorval, installée à Lisbonne, recensent les victimes une à une.
Plus tôt dans la semaine, les autorités régionales avaient fait état de 12 morts.
`,
};

describe('A count credited to another body than the one asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the authorities’ «12 morts» WHEN asked the toll «selon l’ONG Vigie Dorval» THEN 12 is not given as its count', () => {
    const a = ask(index, "Combien de morts depuis le début de la révolte à Dorval selon l'ONG Vigie Dorval ?").answer;
    expect(a.text).not.toMatch(/^12\b/);
  });

  it('GIVEN the same sentence WHEN asked the toll «selon les autorités» THEN 12 is given', () => {
    const a = ask(index, 'Combien de morts à Dorval selon les autorités régionales ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^12\b/);
  });
});
