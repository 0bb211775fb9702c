import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Where a role ends, in sentences written loosely: an apposition that lost its closing comma runs into the verb
 * ("X, director of research at Open Watch calls on "the world" to …"); "For his part, X" is no role; in a list of
 * speakers with their parties in brackets, the phrase before a name belongs to the person before it, and the
 * title after the brackets ("(Blaue) Landtagsabgeordneter aus Nordmark") to the person the brackets follow.
 */
const REPORTS: Record<string, string> = {
  'toll-revised.txt': `A toll revised sharply upwards
Published December 16, 2024

Officially, only five people were killed. For his part, Ivo Lanner, director of research on the Vardan region at Open Watch calls on "the world" to "take urgent measures, in particular through the council". It demands an inquiry.

Mira Sol, a lawyer and member of the “Free Courts” collective, spoke at the march.
`,
  'kundgebung.txt': `Kundgebung gegen den Besuch des Außenministers
12. Februar 2020

Auf der Kundgebung sprachen unter anderem Gerd Pallmann (VPU/MdB), Hep Adler (Blaue) Landtagsabgeordneter aus Nordmark, Ansgar Lind, Vizepräsident vom kestanischen Senat sowie Vertreter der Exilgemeinden.
`,
};

describe('where a role ends', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "For his part, Ivo Lanner, director … at Open Watch calls on "the world" to …" THEN his role stops before "calls" and "For his part" is none', () => {
    const a = ask(index, 'who is Ivo Lanner?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('director of research on the Vardan region at Open Watch');
    expect(a.text).not.toMatch(/calls on|For his part/);
  });

  it('GIVEN a role holding a quoted name ("member of the “Free Courts” collective") THEN it is read whole', () => {
    const a = ask(index, 'who is Mira Sol?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('member of the “Free Courts” collective');
  });

  it('GIVEN "…, Hep Adler (Blaue) Landtagsabgeordneter aus Nordmark, Ansgar Lind, Vizepräsident …" THEN Adler’s title is not given as Lind’s', () => {
    const a = ask(index, 'who is Ansgar Lind?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Vizepräsident vom kestanischen Senat');
    expect(a.text).not.toContain('Landtagsabgeordneter');
  });

  it('GIVEN "Hep Adler (Blaue) Landtagsabgeordneter aus Nordmark" THEN his role is the party with the title after it', () => {
    const a = ask(index, 'who is Hep Adler?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Landtagsabgeordneter aus Nordmark');
  });
});
