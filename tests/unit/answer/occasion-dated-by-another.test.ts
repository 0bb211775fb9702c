import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many were at the silent march the day before the Lindau march?": the Lindau march only dates the one asked.
// The figure whose sentence names the Lindau march is that march's; the silent march's own figure answers.
const REPORTS = {
  'brenn-marches.txt': `Quelques milliers de personnes défilent à Brenn pour soutenir le peuple valdorien

« Valdor libre » : quelques milliers de personnes ont défilé dimanche 3 mars à Brenn pour soutenir le peuple valdorien. La veille, une marche silencieuse à l’appel de collectifs de la diaspora avait réuni 600 personnes dans la ville, selon la police.
Dimanche, 1 800 personnes, selon la police, ont défilé du parc Lindau jusqu’à la gare centrale.
Les manifestants brandissaient des drapeaux et des portraits de prisonniers.
`,
};

describe('an occasion dated by another', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two marches on two days WHEN the crowd of the one "the day before the Lindau march" is asked THEN its own figure is given, not the Lindau march’s', () => {
    const { answer } = ask(index, 'how many people were at the silent march in brenn the day before the lindau march?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^600/);
    expect(answer.citations[0]?.excerpt).toMatch(/600 personnes/);
  });

  it('GIVEN the same report WHEN the Lindau march itself is asked THEN its figure is given', () => {
    const { answer } = ask(index, 'how many people marched from Lindau park in brenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1 800/);
  });
});
