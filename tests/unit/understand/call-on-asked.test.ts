import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X call on the council to do?" asks X's call, told in the report without quotation marks ("X called on
// the council to …"); X's quoted words on other things are not it.
const REPORTS = {
  'dorne-vigil.txt': `Exiles hold vigil in Dorne after the Valdor arrests

About 80 people gathered in front of Dorne town hall on Saturday to protest the arrests in Valdor.

The vigil was held to show "that the islanders are not alone," said Rune Halvor, one of the organisers.

While the town has had no Valdor consulate since 2019, Halvor called on Dorne to freeze the bank accounts of Valdor officials who own flats there.

"[They] have found Dorne a safe place to hide stolen money," Halvor said.
`,
};

describe('a call asked with "call on"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a call told without quotes WHEN asked what X called on the town to do THEN the call', () => {
    const { answer } = ask(index, 'What did Rune Halvor call on Dorne to do?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/freeze the bank accounts/);
    expect(answer.text).not.toMatch(/islanders are not alone/);
  });

  it('GIVEN the same report WHEN asked what X said THEN his quoted words', () => {
    const { answer } = ask(index, 'What did Rune Halvor say?');
    expect(answer.text).toMatch(/islanders are not alone|stolen money/);
  });
});
