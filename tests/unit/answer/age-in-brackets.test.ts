import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Die Studentin Leyla Varo (22) starb …", "The student Mira Tal (23) died …": German reports, and many headlines, give
 * an age in brackets right after the name. Asked how old the person was, that is the age; a person whose name is
 * followed by other brackets has no age given.
 */
const REPORTS: Record<string, string> = {
  'varnesh-de.txt': `Proteste in Varnesh
Kessel Zeitung
12. März 2031

Die Studentin Leyla Varo (22) starb am Freitag in Polizeigewahrsam. Tausende gingen danach in Varnesh auf die Straße.
`,
  'olbek-en.txt': `Student dies in custody in Olbek
Ledger Daily
14 March 2031

The student Mira Tal (23) died in police custody on Friday, her family said. Her lawyer, Aron Selby (KLA), asked for an inquiry.
`,
};

describe('an age in brackets right after a name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Leyla Varo (22) starb" THEN "how old was Leyla Varo?" is 22, cited from the German report', () => {
    const a = ask(index, 'how old was Leyla Varo?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^22 years old/);
    expect(a.citations[0]?.file).toBe('varnesh-de.txt');
  });

  it('GIVEN "The student Mira Tal (23) died" THEN "what age was Mira Tal when she died?" is 23', () => {
    const a = ask(index, 'what age was Mira Tal when she died?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^23 years old/);
  });

  it('GIVEN "Aron Selby (KLA)" THEN no age is given for him', () => {
    const a = ask(index, 'how old is Aron Selby?').answer;
    expect(a.text).not.toMatch(/\b23\b|years old/);
  });
});
