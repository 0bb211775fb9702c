import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report of a protest in Kessa recalls the toll of the uprising at home it was held for ("900 protesters died, 3,000
// were injured"). Asked how many died at the Kessa protest, that toll is of the uprising, not of the protest: no
// answer. Asked how many were arrested at the Orvel rally, a sentence telling of the rally answers.
const REPORTS = {
  'kessa-protest.txt': `Exiles protest in Kessa against the visit of Varnland's minister
Published: 3 March 2044 | Coastal Ledger

About 300 exiles protested on Monday in Kessa against the visit of Varnland's foreign minister.

In the uprising of last autumn, hundreds of thousands took to the streets in 120 towns of Varnland. 900 protesters died, 3,000 were injured and 9,000 were arrested.
`,
  'orvel-rally.txt': `Arrests at Orvel rally
Published: 5 March 2044 | Valley Post

Police arrested 14 people at the rally in Orvel on Sunday after scuffles near the harbour.
`,
};

describe('harm asked at a gathering', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the toll of the uprising at home WHEN the dead at the Kessa protest are asked THEN not in the archive', () => {
    const { answer } = ask(index, 'how many ppl died at the kessa protest');
    expect(answer.text.split('Closest')[0]).not.toMatch(/900/);
  });

  it('GIVEN arrests told of the Orvel rally WHEN the arrests at the Orvel rally are asked THEN 14', () => {
    const { answer } = ask(index, 'how many people were arrested at the orvel rally');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/14/);
  });
});
