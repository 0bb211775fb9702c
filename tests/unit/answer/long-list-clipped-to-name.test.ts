import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A passage quoting a very long list of speakers, asked about one far down it: the part of the list holding that
 * name is shown, not the opening of the list cut off before it.
 */
const REPORTS: Record<string, string> = {
  'dorn-march.txt': `Exiles march in Dorn

Thousands of Varnese exiles marched through Dorn on 3 May 2031 to protest the jailing of students in Varnia.

Guests who addressed the march included Petra Vahl, a former mayor of Dorn and author of two books on the river towns; Olaf Henning, a retired judge of the Dorn appeals bench; Sanna Loft, a former member of the Velan parliament for the northern coast; Mikko Rand, a writer and long-time friend of the exiles; Greta Fohl, head of the Dorn teachers' union; Ivo Maren, a lawyer for the families of the jailed students; Ilse Korran, chair, Youth Bureau of the Varnese Alliance ; Tomas Reid, secretary of the Press Office of the Alliance; and Ada Pell, singer.
`,
};

describe('a long list quoted for one name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the name far down a long list THEN the quoted part holds it', () => {
    const a = ask(index, 'Ilse Korran - what does she chair? she spoke at the dorn march').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ilse Korran, chair, Youth Bureau/);
  });
});
