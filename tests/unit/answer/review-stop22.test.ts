import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { understand } from '../../../src/understand/understand.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Cases a review of the stop's changes found too broad, each pinned: an English "a" after a name's comma is an
 * article, not French "a" of a clause ("head of a rights group"); "met" is no police; a body's name keeps "d’"; a
 * "whose son was killed" question and a police count of arrests are not read as other questions.
 */
const REPORTS: Record<string, string> = {
  'vigil.txt': `Vigil in Tessa
Published May 3, 2024

Lena Varsk, head of a rights group based in Tessa, said the vigil was peaceful.

Mira Sol, member of a women's collective, spoke next.
`,
  'korvik.txt': `Crackdown in Korvik
Published June 2, 2024

The exiles met outside the embassy in Korvik on Saturday, where some 3,000 people gathered.
`,
  'dellin.txt': `Meeting in Dellin
Published March 4, 2023

The meeting was organised by Conseil d’Administration Central of the exiles. Julia Marsh spoke at the meeting in Dellin.
`,
};

describe('review of stop 22: rules kept to what they are for', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Lena Varsk, head of a rights group based in Tessa, said" THEN that apposition is her role', () => {
    const a = ask(index, 'who is Lena Varsk?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('head of a rights group based in Tessa');
    const b = ask(index, 'who is Mira Sol?').answer;
    expect(b.text).toContain("member of a women's collective");
  });

  it('GIVEN "The exiles met outside the embassy …, where some 3,000 people gathered" THEN that is no police count', () => {
    const a = ask(index, 'how many people gathered outside the embassy in Korvik according to the police?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('3,000');
  });

  // (A guard: the structured organiser reads this sentence whole either way; the pattern for "organised by" in the
  // statement path must not cut the name at "d’" either.)
  it('GIVEN "organised by Conseil d’Administration Central" THEN the body is named whole', () => {
    const a = ask(index, 'who organised the meeting in Dellin?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Conseil d’Administration Central');
  });

  it('GIVEN "Whose son was killed …?" and "What was the police count of arrests …?" THEN neither is read as another question', () => {
    expect(understand('Whose son was killed in the crackdown?', index).question).not.toMatch(/^who is/i);
    expect(understand('What was the police count of arrests in Korvik?', index).question).not.toMatch(/attended/);
    expect(ask(index, 'What was the police count of arrests in Korvik?').answer.text).not.toContain('3,000');
  });
});

describe('review of stop 22: an office of politics', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ostrov-rally.txt': `Rally in Ostrov
Published May 5, 2024

Hundreds rallied in Ostrov on Saturday for the strikers in Vardania. Speakers at the rally included MP Ivo Sarn, Activist Lena Tamm and Rob Kell, deputy director of Open Watch.
`,
    });
  });

  it('GIVEN "MP Ivo Sarn, Activist Lena Tamm and Rob Kell, deputy director of Open Watch" THEN only the MP is a politician', () => {
    const a = ask(index, 'which politicians spoke at the Ostrov rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Ivo Sarn');
    expect(a.text).not.toMatch(/Rob Kell|Lena Tamm/);
  });
});
