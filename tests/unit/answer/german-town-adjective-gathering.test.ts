import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A German report of two towns' gatherings names one of them by the town's adjective ("die Veldener Kundgebung"):
// who organised that one is not who organised the other town's.
const REPORTS = {
  'zwei-staedte.txt': `Kundgebungen in Tarnow und Velden für die Gefangenen im Iran

Am Sonntag gingen in Tarnow und in Velden erneut Menschen für die politischen Gefangenen im Iran auf die Strasse.
In Tarnow kamen rund 300 Personen auf dem Marktplatz zusammen, in Velden waren es gegen 700, wie Reporter vor Ort berichteten.
Veranstaltet wurde die Veldener Kundgebung vom Bund Freier Marovier in Europa, einem Verein iranischer Studierender.
Auf Plakaten forderten die Teilnehmenden die Freilassung aller Inhaftierten.
`,
};

describe('a German town adjective before a gathering', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the Velden gathering\'s organiser is told ("die Veldener Kundgebung") WHEN who organised the Tarnow rally is asked THEN it is not named', () => {
    const { answer } = ask(index, 'Who organised the Tarnow rally?');
    expect(answer.text).not.toMatch(/Bund Freier Marovier/);
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same sentence, which names Iran WHEN who organised the Tarnow rally for the prisoners in Iran is asked THEN it is not named', () => {
    const { answer } = ask(index, 'Who organised the Tarnow rally for the prisoners in Iran?');
    expect(answer.text).not.toMatch(/Bund Freier Marovier/);
  });

  it('GIVEN the same sentence WHEN who organised the Velden rally is asked THEN the organiser is named', () => {
    const { answer } = ask(index, 'Who organised the Velden rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Bund Freier Marovier/);
  });
});
