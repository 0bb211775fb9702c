import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French report whose title dates its count ("… en 2031") and whose sentence does not ("en douze mois, ceux qui
// viennent de s'écouler"): the count is the title's year's, not that of another year the report mentions in passing.
// Report, country and numbers are invented.
const REPORTS = {
  'valmarie-pendaisons.txt': `La Valmarie a pendu plus de 500 personnes en 2031

Le Veilleur du Nord

D'après le bilan annuel du Collectif Orvane, la Valmarie a pendu au moins 517 personnes en douze mois, ceux qui viennent de s'écouler.
Le collectif rappelle que le pays n'avait pas connu pareil niveau depuis 2024, quand la crise du grain avait éclaté.
`,
};

describe('A French title dating its count', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a title «… en 2031» WHEN asked the count of another year the report names in passing THEN the 2031 count is not given', () => {
    const a = ask(index, 'how many people did Valmarie hang in 2024 according to the Collectif Orvane?').answer;
    expect(a.text).not.toMatch(/517/);
  });

  it('GIVEN the same report WHEN asked the 2031 count THEN it is given', () => {
    const a = ask(index, 'Combien de personnes la Valmarie a-t-elle pendues en 2031 selon le Collectif Orvane ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/517/);
  });
});
