import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// «Où est basée l'ONG X ?» asks where a body is based, as "where is X based?" does: a town the report tells of for
// something else (where a victim came from) is no answer. Report, names and places are invented.
const REPORTS = {
  'dorval-victime.txt': `Mort d'une étudiante à Dorval

La Gazette du Lac

Depuis le début de la révolte, au moins 44 habitants sont morts selon l'ONG Vigie Dorval.
Lina Varesk, 21 ans, native de la région de Korvash, a été arrêtée le 2 mai à Dorval.
`,
};

describe('«Où est basée l’ONG …»', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no sentence telling where the NGO is based WHEN asked «Où est basée l’ONG Vigie Dorval ?» THEN no town is given', () => {
    const a = ask(index, "Où est basée l'ONG Vigie Dorval ?").answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Korvash/);
  });
});
