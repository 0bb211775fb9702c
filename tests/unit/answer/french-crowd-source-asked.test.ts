import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "environ 3 000 personnes selon la préfecture, tandis que les organisateurs avancent 9 000": asked the organisers'
// count, the police's is never given as theirs (the credit stands right after the count, in its clause).
const REPORTS = {
  'vellmont-cortege.txt': `Des milliers d'exilés défilent à Vellmont

Vellmont, 19 juin 2038 – Ce dimanche, des milliers d'exilés ont défilé dans le centre de Vellmont contre la répression à Kaltar.
Le cortège a rassemblé environ 3 000 personnes selon la préfecture, tandis que les organisateurs revendiquent plus de 9 000 participants venus de cinq pays.
`,
};

describe('the crowd count of the source asked, in French', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "3 000 personnes selon la préfecture" WHEN asked the organisers\' count mid-question THEN the police count is not given as theirs', () => {
    const a = ask(index, 'how many people according to the organisers at the Vellmont march against the crackdown in Kaltar?').answer;
    expect(a.text).not.toMatch(/^(?:Environ )?3 000/i);
  });

  it('GIVEN the same report WHEN asked the prefecture\'s count THEN it answers', () => {
    const a = ask(index, 'Combien de personnes ont défilé à Vellmont selon la préfecture ?').answer;
    expect(a.text).toMatch(/3 000/);
  });
});
