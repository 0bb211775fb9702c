import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which news agency quoted X?" asks an outlet: the one "quoted by the Harbour Wire news agency" names, or none —
// never a list of the reports that mention the topic.
const REPORTS = {
  'orm-arrests.txt': `Orm police hold 640 after riots
Published: 2 April 2031 | Meridian Wire

Police in the northern province of Orm arrested 640 rioters today, said Dario Fenn, deputy commander of the provincial police, quoted by the Harbour Wire news agency.
`,
  'tessa-arrests.txt': `Tessa students detained
Published: 3 April 2031 | Lakeside Post

Dozens of students were detained in Tessa after the arrests in Orm, their union said.
`,
  'valdor-rally.txt': `Exiles rally for Valdor
Published: 5 April 2031 | Lakeside Post

Exiles gathered in Brisk to protest against the arrests in Valdor.
`,
};

describe('the outlet that quoted someone', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, quoted by the Harbour Wire news agency" WHEN which news agency quoted the deputy THEN the Harbour Wire', () => {
    const { answer } = ask(index, 'Which news agency quoted the Orm police deputy about the arrests?');
    expect(answer.text).not.toMatch(/articles mention/);
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/Harbour Wire/);
  });
});
