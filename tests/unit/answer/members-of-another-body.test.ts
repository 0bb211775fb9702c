import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many members of the Kelmark Assembly endorsed …?" against "150 members of the Lower Chamber and 250 members of
// the Upper Chamber … have endorsed" in another country's report (which names Kelmark only in a signer's past office):
// members the count gives to another named body are not those of the body asked.
const REPORTS = {
  'varnia-pledge.txt': `Four Hundred Lawmakers from Varnia Back the Tarsa Pledge

A majority of Varnian lawmakers, including 150 members of the Lower Chamber and 250 members of the Upper Chamber, have endorsed the Tarsa pledge.

Among the signers is the former First Minister of Kelmark, Baroness Ada Voss.
`,
  'kelmark-pledge.txt': `Majority of Kelmark Assembly Backs the Tarsa Pledge

The majority of the Kelmark Assembly has formally backed a statement supporting the Tarsa pledge.

The statement was signed by Rolf Amsel, Speaker of the Kelmark Assembly, together with 33 of the 60 assembly members.
`,
};

describe('members counted for another named body', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "250 members of the Upper Chamber" WHEN members of the Kelmark Assembly are asked THEN never 150 nor 250', () => {
    const { answer } = ask(index, 'How many members of the Kelmark Assembly endorsed the Tarsa pledge statement?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/\b(?:150|250)\b/);
  });

  it('GIVEN the same WHEN members of the Upper Chamber are asked THEN 250', () => {
    const { answer } = ask(index, 'How many members of the Upper Chamber endorsed the Tarsa pledge?');
    expect(answer.text.split(/[(:]/)[0]).toMatch(/\b250\b/);
  });
});
