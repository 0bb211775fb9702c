import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "how many policemen …" asked in English of a French report that counts "policiers": one word, two languages.
// Report written for the tests: invented town and numbers.
describe('policemen asked of a report counting "policiers"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'brivel.txt': `date 2031-10 Les autorités de Brivel ont annoncé la mort de 7 policiers lors des heurts du week-end, sans préciser combien de manifestants avaient péri.
`,
    });
  });

  it('GIVEN "la mort de 7 policiers" THEN "how many policemen died" is 7', () => {
    const a = ask(index, 'how many policemen died in the Brivel clashes?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^7 policiers/);
  });
});
