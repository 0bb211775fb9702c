import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French clause after a name's comma ("…, Elias Morvin, ce qui porte le total à …") says what the figure comes to,
// not what the person is. Report, names and numbers are invented.
const REPORTS = {
  'vardan-bilan.txt': `Le bilan des disparus s'alourdit dans la vallée de Vardan

Le Petit Observateur

Le nombre de disparus dans la vallée a encore augmenté cette semaine, a indiqué mardi le Réseau Vardan.
« Il faut compter 120 disparus de plus », selon le directeur du Réseau Vardan, Elias Morvin, ce qui porte le total depuis l'automne à 3.410.
`,
};

describe('A French clause after a name is no role', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN «…, Elias Morvin, ce qui porte le total … à 3.410» WHEN asked who he is THEN the clause is not given as his role', () => {
    for (const q of ['Qui est Elias Morvin ?', 'Who is Elias Morvin?']) {
      const a = ask(index, q).answer;
      expect(a.text).not.toMatch(/ce qui porte/);
    }
  });
});
