import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A list of speakers, items closed by semicolons: "Name, chair, Youth Bureau of the Alliance;" gives the title and
 * the body it is held in, not a bare "chair".
 */
const REPORTS: Record<string, string> = {
  'dorn-march.txt': `Exiles march in Dorn

Thousands of Varnese exiles marched through Dorn on 3 May 2031.

Guests who addressed the march included Petra Vahl, a former mayor of Dorn; Ilse Korran, chair, Youth Bureau of the Varnese Alliance; Tomas Reid, secretary, Press Office of the Alliance; and Ada Pell, singer.
`,
};

describe('a bare title and its body in a list of speakers', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Ilse Korran, chair, Youth Bureau of the Varnese Alliance;" THEN her role names the bureau', () => {
    const a = ask(index, 'What is Ilse Korran\'s role?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Youth Bureau/);
  });

  it('GIVEN "Tomas Reid, secretary, Press Office of the Alliance;" THEN his role names the office', () => {
    const a = ask(index, 'who is Tomas Reid?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Press Office/);
  });
});
