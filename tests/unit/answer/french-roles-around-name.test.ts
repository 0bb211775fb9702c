import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// French roles around a name: a title before it with a political leaning between the office and its body ("le
// député libéral du Parlement danois X"), and a second apposition in lower case after the first ("X, sénatrice,
// présidente du Groupe … (GANK), Y, …").
const REPORTS = {
  'dunmoor-marche.txt': `Marche des familles à Dunmoor

Dunmoor, 3 avril 2035 – « Nous marchons pour nos familles », a expliqué à la presse le député libéral du Parlement danois Sven Aldor, organisateur de la marche.

Prirent ensuite la parole : Anna Vik, sénatrice, présidente du Groupe d'amitié Norvanie-Kaltar (GANK), Tomas Brell, ancien ministre de la Santé, et Ida Holm.
`,
};

describe('French roles around a name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "le député libéral du Parlement danois X" WHEN asked who X is THEN that title is given', () => {
    expect(ask(index, 'Who is Sven Aldor?').answer.text).toMatch(/député libéral du Parlement danois/);
  });

  it('GIVEN "X, sénatrice, présidente du Groupe … (GANK), Y" WHEN asked her role THEN both appositions are given', () => {
    const a = ask(index, "Quel est le rôle d'Anna Vik ?").answer;
    expect(a.text).toMatch(/sénatrice/);
    expect(a.text).toMatch(/présidente du Groupe d'amitié Norvanie-Kaltar/);
  });
});
