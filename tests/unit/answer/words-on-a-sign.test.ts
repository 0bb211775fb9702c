import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A marcher quoted, who also carried a placard whose words the same sentence gives. Asked what her placard read, the
// bot gives the placard's words, not what she said; asked what she said, her words.
const REPORTS = {
  'harnby-march.txt': `Exiles march in Harnby for the jailed miners
Harnby Daily

Hundreds of Varnian exiles marched through Harnby on Sunday behind drummers and flags.

“We owe the strikers our voices, nothing less,” said Anja Pell, 31, of North Harnby, who carried a placard that read, “Free the miners.”
`,
};

describe('the words on a sign asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a placard "that read, “…”" WHEN asked what her placard read THEN its words, not hers', () => {
    const { answer } = ask(index, "What did Anja Pell's placard read?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Free the miners/);
    expect(answer.text).not.toMatch(/owe the strikers/);
  });

  it('GIVEN the same sentence WHEN asked what she said THEN her words', () => {
    const { answer } = ask(index, 'What did Anja Pell say?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/owe the strikers/);
  });
});
