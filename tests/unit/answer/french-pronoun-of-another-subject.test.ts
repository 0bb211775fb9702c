import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "La présidente du Conseil Zelinde Varkas était présente : « … », a-t-elle déclaré" after a quote of Anna Lind: the
// pronoun is the subject of the clause the colon opens onto the quote, never the speaker quoted before it.
const REPORTS = {
  'orbec-conseil.txt': `Marche des familles vers le Conseil d'Orbec

Orbec, 2 mars 2038 – Près de 4 000 personnes ont défilé lundi jusqu'au Conseil régional d'Orbec.
« Nous voulons des actes et pas seulement des promesses, pour chaque famille qui attend un proche », explique Anna Lind, porte-parole des familles.
La présidente du Conseil Zelinde Varkas était elle aussi présente : « nous restons à vos côtés et nous porterons votre voix devant les autres régions », a-t-elle déclaré vers 16 heures devant le cortège.
`,
};

describe('a French pronoun whose clause has its own subject', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X était présente : « … », a-t-elle déclaré" after a quote of Anna Lind WHEN asked what Lind said THEN the later words are not hers', () => {
    const a = ask(index, 'What did Anna Lind say?').answer;
    expect(a.text).toMatch(/des actes/);
    expect(a.text).not.toMatch(/restons à vos côtés/);
  });
});
