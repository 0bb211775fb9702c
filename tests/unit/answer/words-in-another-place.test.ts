import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Words asked as said in a named city: a report that names the city only for another event does not tell them.
const REPORTS = {
  'harlo.txt': `Exiles gather near Harlo
Published: 8 July 2035 | Northsea Wire

HARLO (Northsea Wire) -- Several thousand exiles met at a fairground outside Harlo on Saturday.
"Our country will be free within a generation," movement leader Petra Anvik told the gathering.
Smaller groups marched in Gessen on Thursday, where about 200 people stood outside the consulate.
`,
};

describe('words asked as said in a city are those a report places there', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Anvik spoke near Harlo and Gessen is named only for another march WHEN what she said in Gessen is asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'what did anvik say in gessen');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the report is datelined Harlo WHEN what she said in Harlo is asked THEN her words answer', () => {
    const { answer } = ask(index, 'what did anvik say in harlo');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/within a generation/);
  });
});
