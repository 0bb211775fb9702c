import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A dissident quoted three times; only the last quote speaks of what the question asks ("what did X say the silence
// of the capitals tells?"). The words after "say" are what the answer must speak of.
const REPORTS = {
  'lenz.txt': `Exiled writer urges Europe to speak up for Varnia
Published: 8 October 2031 | Lenz Gazette

LENZ — Several thousand people gathered in Lenz on Saturday for a "week of letters", a campaign the writer Hedda Korvin had launched in the spring.

At a briefing, Korvin warned that the strikers “cannot hold out for another winter.” “Who will remember their names?” she asked the reporters.

She added that the silence of the European capitals “tells every jailer: lock up enough people and nobody will look.”
`,
};

describe('what someone said a thing tells', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN three quotes of one speaker WHEN asked what she said the silence of the capitals tells THEN the quote on it', () => {
    const { answer } = ask(index, 'What did Korvin say the silence of the European capitals tells?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/lock up enough people/);
  });
});
