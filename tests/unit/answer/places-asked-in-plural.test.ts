import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A photo line naming one town, and a sentence listing the towns where exiles rallied outside embassies.
const REPORTS = {
  'embassies.txt': `Exiles keep up pressure abroad
Published: 11 March 2036 | Fjordline News

Photo: a corner of the crowd by the Dastani embassy in Brekka.
Fjordline News, March 11, 2036 - Exiles from Dastan kept up their pressure on foreign capitals this week.
Several hundred backers of the strikes in Dastan held protests outside Dastani embassies across the region, including Lindhaven, Brekka, Osterby and Varn.
`,
};

describe('towns asked in the plural', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a photo line in Brekka and a sentence listing four towns WHEN in which cities exiles protested outside embassies is asked THEN the list answers', () => {
    const { answer } = ask(index, 'in which cities were protests held outside embassies this week?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lindhaven, Brekka, Osterby and Varn/);
  });
});
