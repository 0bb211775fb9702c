import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French "le défilé, qui reliait la place A à celle des B": relier names the route's start first and its end after
// "à celle de". Asked where the march ended, the start is no answer.
const REPORTS = {
  'brenn-cortege-fr.txt': `Des milliers de Varniens défilent à Brenn
Publié le 8 mars 2032 | Gazette du Port

Près de trois mille exilés varniens ont marché dimanche à Brenn pour réclamer la libération des prisonniers politiques.
Le défilé, qui reliait la place du Marché à celle des Tanneurs, a duré un peu plus de deux heures sous la pluie.
`,
};

describe('a route told with "relier A à celle de B"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the march report WHEN where the Brenn march ended is asked THEN its start is not given', () => {
    const { answer } = ask(index, 'Where did the march in Brenn end?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/^[^“]*March/);
  });

  it('GIVEN the same report WHEN where it started is asked THEN the place du Marché', () => {
    const { answer } = ask(index, 'Where did the march in Brenn start?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/Marché/);
  });
});
