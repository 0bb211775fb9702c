import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French toll told as "le nombre de protestataires tués … a dépassé les 350", beside "l'identité de 88 des
// victimes tuées": the first is the number of the dead; the second counts those the body has named, a part of them.
// Report written for the tests: invented body, towns and numbers.
describe('a French "le nombre de … a dépassé les N" and a count of the named dead', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'front.txt': `date 2031-03 Le Front des Vigies de Corlande a fait savoir que le nombre de protestataires tués pendant la révolte dans 41 localités a dépassé les 350. Jusqu'ici, le Front a rendu publique l'identité de 88 des victimes tuées, dont 9 noms ajoutés ce mardi.

La presse d'État signale 212 interpellations le 3 mars dans trois régions.
`,
    });
  });

  it('GIVEN "le nombre de protestataires tués … a dépassé les 350" THEN that is how many were killed, not the 88 named', () => {
    const a = ask(index, 'Combien de protestataires ont été tués pendant la révolte selon le Front des Vigies ?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^(?:more than )?350\b/i);
  });

  it('GIVEN the named dead asked THEN their count still answers', () => {
    const a = ask(index, "De combien de victimes le Front a-t-il rendu publique l'identité ?").answer;
    expect(a.text).not.toMatch(/^350\b/);
  });
});
