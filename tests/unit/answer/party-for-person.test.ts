import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which <party> MP …" asks a person: the other party's name beside them is no answer.
const REPORTS = {
  'brenn-vigil.txt': `Vigil for the jailed teachers on the Kaiplein

The initiators of this vigil, Veldlinks MP Ida Moll and former KvdP leader Jon Vale among them, urge the Brenn council to cut ties with Orlan's rulers.

Some 600 people came to the Kaiplein on Sunday evening.
`,
};

describe('a person asked by party and post', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Veldlinks MP Ida Moll and former KvdP leader Jon Vale" THEN "which Veldlinks MP" is answered Ida Moll, never KvdP', () => {
    const a = ask(index, 'Which Veldlinks MP was among the initiators of the Kaiplein vigil?').answer;
    expect(a.text).not.toMatch(/^KvdP\b/);
    if (a.answered) expect(a.text).toMatch(/^Ida Moll\b/);
  });
});
