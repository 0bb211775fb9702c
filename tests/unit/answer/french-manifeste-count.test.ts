import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French tells a crowd's deed with "ont manifesté" as often as with "se sont rassemblés": an English question asking
// how many demonstrated or marched meets it.
const REPORTS = {
  'lille-dorvan.txt': `Marche pour Dorvan à Lille

Environ 640 personnes ont manifesté dimanche à Lille en soutien aux prisonniers dorvanais, selon la préfecture.
Les organisateurs espéraient davantage de monde.
`,
  'brest-kessa.txt': `Soutien au peuple kessan

« Kessa libre » : devant la mairie de Brest, quelque 380 personnes, d'après la police, ont manifesté hier.
`,
};

describe('a French count told with "ont manifesté"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Environ 640 personnes ont manifesté … à Lille" WHEN how many people demonstrated in Lille is asked THEN 640 is given', () => {
    const { answer } = ask(index, 'How many people demonstrated in Lille?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/640/);
  });

  it('GIVEN "devant la mairie de Brest, quelque 380 personnes, d\'après la police, ont manifesté" WHEN how many marched in Brest according to the police is asked THEN 380 is given', () => {
    const { answer } = ask(index, 'How many people marched in Brest according to the police?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/380/);
  });
});
